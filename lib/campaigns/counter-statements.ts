import "server-only";

// What other domains may use of the campaign counters: the booking statement adds its
// BOOKING_COMPLETED cell with the very SQL the counter flushes with (docs/decisions/0006),
// and the worker deletes what is past retention. The rest of queries.ts stays this domain's.
export { countersUpsertSql, purgeExpiredCampaignData } from "./queries";
