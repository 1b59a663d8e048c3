// How long campaign measurement is kept: the dashboard compares a month with the same
// month a year before, and a little more; then counters and archived campaigns go.
export const CAMPAIGN_RETENTION_MONTHS = 25;
