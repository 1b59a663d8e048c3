// The practice settings' limits, client-safe (no zod): forms show them as hints and input
// bounds, the schemas enforce them. The database's own checks are the wider last word.

export const MOTIVE_NAME_MAX_LENGTH = 80;
export const MOTIVE_MIN_MINUTES = 5;
export const MOTIVE_MAX_MINUTES = 240;
export const DEFAULT_MOTIVE_COLOR = "#2563eb";

export const BOOKING_RULE_LIMITS = {
  minNoticeMinutes: { min: 0, max: 30 * 24 * 60 },
  bookingHorizonDays: { min: 1, max: 365 },
  bufferMinutes: { min: 0, max: 120 },
  cancellationDeadlineHours: { min: 0, max: 30 * 24 },
} as const;

export const ABSENCE_LABEL_MAX_LENGTH = 200;
/** One absence covers at most a year; longer leaves are entered year by year. */
export const ABSENCE_MAX_DAYS = 366;

/** Ranges of one weekly schedule: ten a day is far more than any practice needs. */
export const MAX_WEEKLY_RANGES = 70;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Who may book a motive online; PRACTICE: nobody online, the practice books it. */
export const MOTIVE_AUDIENCES = ["ALL", "NEW", "RETURNING", "PRACTICE"] as const;
export type MotiveAudience = (typeof MOTIVE_AUDIENCES)[number];
