import type { PatientPlan } from "./build-patients";
import type { Column } from "./bulk-insert";
import type {
  AbsencePlan,
  AppointmentPlan,
  HoursPlan,
  LocationPlan,
  MotivePlan,
  PractitionerPlan,
} from "./plan-types";
import { defaultMotiveColor } from "../../lib/agenda/motive-palette";

// How each seeded row maps to its table's columns (snake_case, as in the migrations).
// Columns left out take their database default; @updatedAt has none, so it is set here.

const iso = (epochMs: number | null) => (epochMs === null ? null : new Date(epochMs).toISOString());
const UPDATED_NOW = { name: "updated_at", sql: "now()" };

export type PatientRow = PatientPlan & { id: string };

export const PATIENT_COLUMNS: Column<PatientRow>[] = [
  { name: "id", type: "uuid", value: (row) => row.id },
  { name: "first_name", type: "text", value: (row) => row.firstName },
  { name: "last_name", type: "text", value: (row) => row.lastName },
  { name: "birth_date", type: "date", value: (row) => row.birthDate },
  UPDATED_NOW,
];

export type PractitionerRow = PractitionerPlan & {
  id: string;
  userId: string | null;
  specialtyId: string;
};

export const PRACTITIONER_COLUMNS: Column<PractitionerRow>[] = [
  { name: "id", type: "uuid", value: (row) => row.id },
  { name: "user_id", type: "uuid", value: (row) => row.userId },
  { name: "slug", type: "text", value: (row) => row.slug },
  { name: "title", type: { enum: "PractitionerTitle" }, value: (row) => row.title },
  { name: "first_name", type: "text", value: (row) => row.firstName },
  { name: "last_name", type: "text", value: (row) => row.lastName },
  { name: "specialty_id", type: "uuid", value: (row) => row.specialtyId },
  { name: "languages", type: "text[]", value: (row) => row.languages },
  { name: "bio", type: "text", value: (row) => row.bio },
  { name: "accepts_new_patients", type: "bool", value: (row) => row.acceptsNewPatients },
  {
    name: "convention_sector",
    type: { enum: "ConventionSector" },
    value: (row) => row.conventionSector,
  },
  { name: "fee_min_cents", type: "int4", value: (row) => row.feeMinCents },
  { name: "fee_max_cents", type: "int4", value: (row) => row.feeMaxCents },
  { name: "verified", type: "bool", value: (row) => row.verifiedAt !== null },
  {
    name: "verified_at",
    type: "timestamptz",
    value: (row) => row.verifiedAt?.toISOString() ?? null,
  },
  { name: "time_zone", type: "text", value: (row) => row.timeZone },
  { name: "buffer_minutes", type: "int4", value: (row) => row.bufferMinutes },
  { name: "min_notice_minutes", type: "int4", value: (row) => row.minNoticeMinutes },
  UPDATED_NOW,
];

export type LocationRow = LocationPlan & { id: string };

export const LOCATION_COLUMNS: Column<LocationRow>[] = [
  { name: "id", type: "uuid", value: (row) => row.id },
  { name: "name", type: "text", value: (row) => row.name },
  { name: "address", type: "text", value: (row) => row.address },
  { name: "postcode", type: "text", value: (row) => row.postcode },
  { name: "city", type: "text", value: (row) => row.city },
  { name: "latitude", type: "float8", value: (row) => row.latitude },
  { name: "longitude", type: "float8", value: (row) => row.longitude },
];

export type LocationLinkRow = { practitionerId: string; locationId: string };

export const LOCATION_LINK_COLUMNS: Column<LocationLinkRow>[] = [
  { name: "practitioner_id", type: "uuid", value: (row) => row.practitionerId },
  { name: "location_id", type: "uuid", value: (row) => row.locationId },
];

export type MotiveRow = MotivePlan & { id: string; practitionerId: string; position: number };

export const MOTIVE_COLUMNS: Column<MotiveRow>[] = [
  { name: "id", type: "uuid", value: (row) => row.id },
  { name: "practitioner_id", type: "uuid", value: (row) => row.practitionerId },
  { name: "name", type: "text", value: (row) => row.name },
  { name: "duration_minutes", type: "int4", value: (row) => row.durationMinutes },
  { name: "allow_new_patients", type: "bool", value: (row) => row.allowNewPatients },
  { name: "allow_returning", type: "bool", value: (row) => row.allowReturning },
  { name: "teleconsultation", type: "bool", value: (row) => row.teleconsultation },
  { name: "position", type: "int4", value: (row) => row.position },
  { name: "color", type: "text", value: (row) => defaultMotiveColor(row.position) },
];

export type HoursRow = HoursPlan & { practitionerId: string; locationId: string };

export const HOURS_COLUMNS: Column<HoursRow>[] = [
  { name: "practitioner_id", type: "uuid", value: (row) => row.practitionerId },
  { name: "location_id", type: "uuid", value: (row) => row.locationId },
  { name: "weekday", type: "int4", value: (row) => row.weekday },
  { name: "start_minute", type: "int4", value: (row) => row.startMinute },
  { name: "end_minute", type: "int4", value: (row) => row.endMinute },
];

export type AbsenceRow = AbsencePlan & { practitionerId: string };

export const ABSENCE_COLUMNS: Column<AbsenceRow>[] = [
  { name: "practitioner_id", type: "uuid", value: (row) => row.practitionerId },
  { name: "starts_at", type: "timestamptz", value: (row) => iso(row.startsAt) },
  { name: "ends_at", type: "timestamptz", value: (row) => iso(row.endsAt) },
  { name: "label", type: "text", value: (row) => row.label },
];

export type AppointmentRow = {
  appointment: AppointmentPlan;
  practitionerId: string;
  patientId: string;
  bookedById: string | null;
  motiveId: string;
  locationId: string | null;
  cancelledAt: number | null;
  cancelledById: string | null;
  reminderQueuedAt: number | null;
};

export const APPOINTMENT_COLUMNS: Column<AppointmentRow>[] = [
  { name: "practitioner_id", type: "uuid", value: (row) => row.practitionerId },
  { name: "patient_id", type: "uuid", value: (row) => row.patientId },
  { name: "booked_by_id", type: "uuid", value: (row) => row.bookedById },
  { name: "motive_id", type: "uuid", value: (row) => row.motiveId },
  { name: "location_id", type: "uuid", value: (row) => row.locationId },
  { name: "starts_at", type: "timestamptz", value: (row) => iso(row.appointment.startsAt) },
  { name: "ends_at", type: "timestamptz", value: (row) => iso(row.appointment.endsAt) },
  { name: "status", type: { enum: "AppointmentStatus" }, value: (row) => row.appointment.status },
  { name: "cancelled_at", type: "timestamptz", value: (row) => iso(row.cancelledAt) },
  { name: "cancelled_by_id", type: "uuid", value: (row) => row.cancelledById },
  { name: "reminder_queued_at", type: "timestamptz", value: (row) => iso(row.reminderQueuedAt) },
  { name: "created_at", type: "timestamptz", value: (row) => iso(row.appointment.bookedAt) },
  UPDATED_NOW,
];
