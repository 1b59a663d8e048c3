import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import { APPOINTMENT_FIELDS } from "../queries";

// What the practice reads and writes of its own agenda. Every read is scoped to the
// practitioners the actor works for: another practice's appointment or patient is simply
// not found.

// The shared appointment fields (so moves and cancellations reuse the patient's code
// paths), plus what the practice sees of the patient and the record.
const PRACTICE_APPOINTMENT_FIELDS = {
  ...APPOINTMENT_FIELDS,
  statusChangedAt: true,
  noShowExcused: true,
  cancelledAt: true,
  location: { select: { id: true, name: true, address: true, postcode: true, city: true } },
  motive: { select: { id: true, name: true, durationMinutes: true } },
  patient: {
    select: {
      ...APPOINTMENT_FIELDS.patient.select,
      birthDate: true,
      phone: true,
      ownerId: true,
      owner: { select: { email: true, locale: true, name: true } },
    },
  },
  bookedBy: { select: { id: true, role: true } },
  statusChangedBy: { select: { name: true } },
} as const satisfies Prisma.AppointmentSelect;

export type PracticeAppointmentRow = Prisma.AppointmentGetPayload<{
  select: typeof PRACTICE_APPOINTMENT_FIELDS;
}>;

export function findPracticeAppointment(
  practitionerIds: readonly string[],
  id: string,
  tx: Tx = db,
): Promise<PracticeAppointmentRow | null> {
  return tx.appointment.findFirst({
    where: { id, practitionerId: { in: [...practitionerIds] } },
    select: PRACTICE_APPOINTMENT_FIELDS,
  });
}

const HISTORY_LIMIT = 100;

/** The patient's appointments with this practitioner only, latest first. */
export function findHistoryWithPractitioner(tx: Tx, practitionerId: string, patientId: string) {
  return tx.appointment.findMany({
    where: { practitionerId, patientId },
    select: {
      id: true,
      startsAt: true,
      status: true,
      noShowExcused: true,
      motive: { select: { name: true } },
    },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: HISTORY_LIMIT,
  });
}

/** Sets a status mark if the appointment is still in `from`; false when it changed meanwhile. */
export async function updateAppointmentStatus(
  tx: Tx,
  change: {
    id: string;
    from: AppointmentStatus;
    to: AppointmentStatus;
    excused: boolean | null;
    actorId: string;
    now: Date;
  },
): Promise<boolean> {
  const { count } = await tx.appointment.updateMany({
    where: { id: change.id, status: change.from },
    data: {
      status: change.to,
      noShowExcused: change.excused,
      statusChangedAt: change.now,
      statusChangedById: change.actorId,
    },
  });
  return count === 1;
}

// A practitioner's own patients: records the practice created, and people who have had an
// appointment with them. Never anyone else: there is no global patient directory.
const OWN_PATIENT = (practitionerId: string) =>
  ({
    pseudonymisedAt: null,
    OR: [
      { createdByPractitionerId: practitionerId },
      { appointments: { some: { practitionerId } } },
    ],
  }) satisfies Prisma.PatientWhereInput;

const OWN_PATIENT_FIELDS = {
  id: true,
  firstName: true,
  lastName: true,
  birthDate: true,
  phone: true,
  relationship: true,
  email: true,
  owner: { select: { email: true, locale: true } },
} as const satisfies Prisma.PatientSelect;

export type OwnPatientRow = Prisma.PatientGetPayload<{ select: typeof OWN_PATIENT_FIELDS }>;

export function findOwnPatient(
  practitionerId: string,
  patientId: string,
): Promise<OwnPatientRow | null> {
  return db.patient.findFirst({
    where: { id: patientId, ...OWN_PATIENT(practitionerId) },
    select: OWN_PATIENT_FIELDS,
  });
}

export type NewPracticePatient = {
  id: string;
  createdByPractitionerId: string;
  firstName: string;
  lastName: string;
  birthDate: Date | null;
  phone: string | null;
  email: string | null;
};

/** A patient record without an account, kept by the practice that creates it. */
export async function insertPracticePatient(tx: Tx, patient: NewPracticePatient): Promise<void> {
  await tx.patient.create({ data: { ...patient, ownerId: null, relationship: "SELF" } });
}

const BOOKING_PRACTITIONER_FIELDS = {
  id: true,
  slug: true,
  title: true,
  firstName: true,
  lastName: true,
  timeZone: true,
  cancellationDeadlineHours: true,
  locations: {
    select: {
      location: { select: { id: true, name: true, address: true, postcode: true, city: true } },
    },
    orderBy: { locationId: "asc" },
  },
} as const satisfies Prisma.PractitionerSelect;

export type PracticeBookingPractitioner = Prisma.PractitionerGetPayload<{
  select: typeof BOOKING_PRACTITIONER_FIELDS;
}>;

/** A practitioner's identity, practices and active motives, for booking by the practice. */
export function findPracticeBookingContext(practitionerId: string) {
  return db.practitioner.findUnique({
    where: { id: practitionerId },
    select: {
      ...BOOKING_PRACTITIONER_FIELDS,
      motives: {
        where: { active: true },
        select: { id: true, name: true, durationMinutes: true },
        orderBy: [{ position: "asc" }, { name: "asc" }],
      },
    },
  });
}

/** The practitioner owning an active motive, among those the actor works for. */
export function findMotiveOwner(practitionerIds: readonly string[], motiveId: string) {
  return db.motive.findFirst({
    where: { id: motiveId, active: true, practitionerId: { in: [...practitionerIds] } },
    select: { practitionerId: true },
  });
}
