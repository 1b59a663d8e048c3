import type {
  AppointmentStatus,
  ConventionSector,
  PractitionerTitle,
} from "../../lib/generated/prisma/client";
import { type LocalDay } from "../../lib/utils/zoned-time";

// Plain descriptions of what the seed will write. Building them is pure and deterministic,
// which is what makes the seed testable and re-runnable; ids are only attached on insert.

export type LocationPlan = {
  name: string | null;
  address: string;
  postcode: string;
  city: string;
  latitude: number;
  longitude: number;
};

export type MotivePlan = {
  name: string;
  durationMinutes: number;
  teleconsultation: boolean;
  allowNewPatients: boolean;
  allowReturning: boolean;
};

/** One weekly window, local minutes after midnight; ISO weekday 1 = Monday … 7 = Sunday. */
export type HoursPlan = {
  locationIndex: number;
  weekday: number;
  startMinute: number;
  endMinute: number;
};

export type PractitionerPlan = {
  /** Position in the generated sequence; practitioner #i is the same whatever the total. */
  index: number;
  slug: string;
  title: PractitionerTitle;
  firstName: string;
  lastName: string;
  specialtySlug: string;
  languages: string[];
  bio: string | null;
  acceptsNewPatients: boolean;
  conventionSector: ConventionSector;
  feeMinCents: number | null;
  feeMaxCents: number | null;
  verifiedAt: Date | null;
  timeZone: string;
  bufferMinutes: number;
  minNoticeMinutes: number;
  locations: LocationPlan[];
  motives: MotivePlan[];
  hours: HoursPlan[];
  /** Set for the demo practitioner, whose row belongs to a login. */
  userEmail?: string;
};

export type AbsencePlan = { startsAt: number; endsAt: number; label: string };

/** Who an appointment is for: a slot in the chunk's pool of anonymous patients, or a demo profile. */
export type PatientRef = { pool: number } | { demo: "self" | "child" };

export type AppointmentPlan = {
  day: LocalDay;
  motiveIndex: number;
  locationIndex: number;
  /** UTC epoch milliseconds, like bookedAt (when the patient booked, never after now). */
  startsAt: number;
  endsAt: number;
  bookedAt: number;
  status: AppointmentStatus;
  patient: PatientRef;
};

export type CalendarPlan = { absences: AbsencePlan[]; appointments: AppointmentPlan[] };
