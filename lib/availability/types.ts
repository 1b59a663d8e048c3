// The availability engine's vocabulary: plain data, free of Prisma, safe for the client.

/** Real time, half-open: [startsAt, endsAt). */
export type TimeInterval = { startsAt: Date; endsAt: Date };

export type BookingRules = {
  /** IANA zone the weekly hours are written in. */
  timeZone: string;
  /** Kept free before and after every appointment. */
  bufferMinutes: number;
  /** A slot starts at least this long after now. */
  minNoticeMinutes: number;
  /** A slot starts at most this many days (of 24 h) after now. */
  bookingHorizonDays: number;
};

/**
 * One weekly opening window: local wall-clock minutes [startMinute, endMinute) on an ISO
 * weekday (1 = Monday), at a location, between two calendar dates included (null: no
 * bound; date-only values, as Prisma returns a PostgreSQL `date`).
 */
export type WeeklyWindow = {
  weekday: number;
  startMinute: number;
  endMinute: number;
  locationId: string;
  validFrom: Date | null;
  validTo: Date | null;
};

/** What blocks or opens a practitioner's time; busy = appointments that are not cancelled. */
export type PractitionerSchedule = {
  rules: BookingRules;
  weeklyHours: readonly WeeklyWindow[];
  absences: readonly TimeInterval[];
  busy: readonly TimeInterval[];
};

export type Slot = { startsAt: Date; endsAt: Date; locationId: string };
