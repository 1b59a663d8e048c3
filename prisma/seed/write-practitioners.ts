import { randomUUID } from "node:crypto";
import type { PatientPlan } from "./build-patients";
import { insertRows, type SqlRunner } from "./bulk-insert";
import type { AppointmentPlan, CalendarPlan, PractitionerPlan } from "./plan-types";
import {
  ABSENCE_COLUMNS,
  APPOINTMENT_COLUMNS,
  HOURS_COLUMNS,
  LOCATION_COLUMNS,
  LOCATION_LINK_COLUMNS,
  MOTIVE_COLUMNS,
  PATIENT_COLUMNS,
  PRACTITIONER_COLUMNS,
  type AbsenceRow,
  type AppointmentRow,
  type HoursRow,
  type LocationLinkRow,
  type LocationRow,
  type MotiveRow,
  type PractitionerRow,
} from "./practitioner-columns";

const MS_PER_DAY = 86_400_000;

export type WriteContext = {
  specialtyIds: Map<string, string>;
  userIdsByEmail: Map<string, string>;
  /** The demo patient's account and profiles, which some appointments are handed to. */
  demo: { userId: string; patientIds: Record<"self" | "child", string> };
  nowMs: number;
};

export type PractitionerEntry = { plan: PractitionerPlan; calendar: CalendarPlan };

/**
 * Writes practitioners with everything that hangs off them, plus the anonymous patients
 * their appointments point at. Ids are made here so rows can reference each other without
 * a round trip; run it inside a transaction so a chunk is all there or not at all.
 */
export async function writePractitioners(
  db: SqlRunner,
  entries: PractitionerEntry[],
  patients: PatientPlan[],
  context: WriteContext,
): Promise<{ appointments: number }> {
  const patientIds = patients.map(() => randomUUID());
  const rows = buildRows(entries, patientIds, context);
  await insertRows(
    db,
    "patients",
    PATIENT_COLUMNS,
    patients.map((patient, index) => ({ ...patient, id: patientIds[index] })),
  );
  await insertRows(db, "practitioners", PRACTITIONER_COLUMNS, rows.practitioners);
  await insertRows(db, "locations", LOCATION_COLUMNS, rows.locations);
  await insertRows(db, "practitioner_locations", LOCATION_LINK_COLUMNS, rows.locationLinks);
  await insertRows(db, "motives", MOTIVE_COLUMNS, rows.motives);
  await insertRows(db, "opening_hours", HOURS_COLUMNS, rows.hours);
  await insertRows(db, "absences", ABSENCE_COLUMNS, rows.absences);
  await insertRows(db, "appointments", APPOINTMENT_COLUMNS, rows.appointments);
  return { appointments: rows.appointments.length };
}

function buildRows(entries: PractitionerEntry[], patientIds: string[], context: WriteContext) {
  const rows = {
    practitioners: [] as PractitionerRow[],
    locations: [] as LocationRow[],
    locationLinks: [] as LocationLinkRow[],
    motives: [] as MotiveRow[],
    hours: [] as HoursRow[],
    absences: [] as AbsenceRow[],
    appointments: [] as AppointmentRow[],
  };
  for (const { plan, calendar } of entries) {
    const id = randomUUID();
    const locationIds = plan.locations.map(() => randomUUID());
    const motiveIds = plan.motives.map(() => randomUUID());
    rows.practitioners.push({
      ...plan,
      id,
      userId: plan.userEmail ? (context.userIdsByEmail.get(plan.userEmail) ?? null) : null,
      specialtyId: requireId(context.specialtyIds, plan.specialtySlug),
    });
    plan.locations.forEach((location, index) => {
      rows.locations.push({ ...location, id: locationIds[index] });
      rows.locationLinks.push({ practitionerId: id, locationId: locationIds[index] });
    });
    plan.motives.forEach((motive, position) =>
      rows.motives.push({ ...motive, id: motiveIds[position], practitionerId: id, position }),
    );
    for (const window of plan.hours)
      rows.hours.push({
        ...window,
        practitionerId: id,
        locationId: locationIds[window.locationIndex],
      });
    for (const absence of calendar.absences) rows.absences.push({ ...absence, practitionerId: id });
    for (const appointment of calendar.appointments) {
      const teleconsultation = plan.motives[appointment.motiveIndex].teleconsultation;
      const { patientId, bookedById } = patientOf(appointment, patientIds, context);
      const { cancelledAt, cancelledById } = cancellationOf(appointment, context);
      // Built field by field, not spread: hundreds of thousands of rows, one object shape.
      rows.appointments.push({
        appointment,
        practitionerId: id,
        patientId,
        bookedById,
        motiveId: motiveIds[appointment.motiveIndex],
        locationId: teleconsultation ? null : locationIds[appointment.locationIndex],
        cancelledAt,
        cancelledById,
        reminderQueuedAt: reminderOf(appointment, context.nowMs),
      });
    }
  }
  return rows;
}

function requireId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`seed: no row for "${key}"`);
  return id;
}

function patientOf(appointment: AppointmentPlan, patientIds: string[], context: WriteContext) {
  if ("pool" in appointment.patient)
    return { patientId: patientIds[appointment.patient.pool], bookedById: null };
  return {
    patientId: context.demo.patientIds[appointment.patient.demo],
    bookedById: context.demo.userId,
  };
}

/** Cancelled half-way between booking and the appointment (or now, if that came first). */
function cancellationOf(appointment: AppointmentPlan, context: WriteContext) {
  if (appointment.status !== "CANCELLED") return { cancelledAt: null, cancelledById: null };
  const deadline = Math.min(context.nowMs, appointment.startsAt);
  return {
    cancelledAt: Math.round((appointment.bookedAt + deadline) / 2),
    cancelledById: "demo" in appointment.patient ? context.demo.userId : null,
  };
}

/** Past appointments had their reminder sent the day before, so no worker sends it again. */
function reminderOf(appointment: AppointmentPlan, nowMs: number): number | null {
  if (appointment.startsAt >= nowMs || appointment.status === "CANCELLED") return null;
  return Math.max(appointment.bookedAt, appointment.startsAt - MS_PER_DAY);
}
