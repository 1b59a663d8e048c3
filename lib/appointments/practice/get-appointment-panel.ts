import "server-only";
import { recordAccess } from "@/lib/audit/record-access";
import type { Actor } from "@/lib/auth/session";
import { inTransaction } from "@/lib/db-transaction";
import type { AppointmentStatus, Relationship } from "@/lib/generated/prisma/enums";
import { calendarRoleAllows } from "@/lib/practice-access/policy";
import { allowedStatusChanges, isChangeableByPractice } from "./policy";
import { findHistoryWithPractitioner, type PracticeAppointmentRow } from "./queries";
import { reachAppointment } from "./reach-appointment";
import type { StatusTarget } from "./schemas";

/** How the appointment came to be: the patient online, a relative's account, the practice. */
export type BookedByKind = "PATIENT" | "ACCOUNT_HOLDER" | "PRACTICE" | "UNKNOWN";

export type AppointmentPanel = {
  id: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  noShowExcused: boolean | null;
  statusChangedAt: Date | null;
  statusChangedByName: string | null;
  bookedBy: BookedByKind;
  practitionerId: string;
  location: { id: string; name: string | null; address: string; city: string } | null;
  motive: { id: string; name: string };
  patient: {
    id: string;
    firstName: string;
    lastName: string;
    birthDate: Date | null;
    phone: string | null;
    /** The account holder's address, or the one the practice noted for a record without account. */
    email: string | null;
    /** Set when the appointment is for a relative of the account holder. */
    relationship: Relationship | null;
    accountHolderName: string | null;
    hasAccount: boolean;
  };
  history: {
    id: string;
    startsAt: Date;
    status: AppointmentStatus;
    noShowExcused: boolean | null;
    motiveName: string;
  }[];
  /** What the actor may do now (nothing for a secretary who only views the agenda). */
  actions: { canManage: boolean; statuses: StatusTarget[]; canMove: boolean; canCancel: boolean };
};

/**
 * The practice's panel of one appointment: the patient's identity and contact, who booked,
 * and their appointments with this practitioner only. Reading it writes the access-log
 * entries (the appointment, the patient's history) in the same transaction: no staff read
 * goes untraced.
 */
export async function getAppointmentPanel(
  actor: Actor,
  appointmentId: unknown,
  now = new Date(),
): Promise<AppointmentPanel> {
  return inTransaction(async (tx) => {
    const { row, calendar } = await reachAppointment(actor, appointmentId, "view", tx);
    const practitionerId = row.practitioner.id;
    const history = await findHistoryWithPractitioner(tx, practitionerId, row.patient.id);
    const entry = { actorId: actor.id, patientId: row.patient.id, practitionerId };
    await recordAccess(tx, {
      ...entry,
      action: "VIEW_APPOINTMENT",
      resourceType: "appointment",
      resourceId: row.id,
    });
    await recordAccess(tx, {
      ...entry,
      action: "VIEW_PATIENT_HISTORY",
      resourceType: "patient",
      resourceId: row.patient.id,
    });
    const manage = calendarRoleAllows(calendar.role, "manage");
    const context = { now, timeZone: calendar.timeZone };
    return {
      ...toPanel(row, calendar.timeZone),
      history: history.map((item) => ({
        id: item.id,
        startsAt: item.startsAt,
        status: item.status,
        noShowExcused: item.noShowExcused,
        motiveName: item.motive.name,
      })),
      actions: {
        canManage: manage,
        statuses: manage ? allowedStatusChanges(row, context) : [],
        canMove: manage && isChangeableByPractice(row),
        canCancel: manage && isChangeableByPractice(row),
      },
    };
  });
}

function toPanel(
  row: PracticeAppointmentRow,
  timeZone: string,
): Omit<AppointmentPanel, "history" | "actions"> {
  const { patient } = row;
  return {
    id: row.id,
    status: row.status,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone,
    noShowExcused: row.noShowExcused,
    statusChangedAt: row.statusChangedAt,
    statusChangedByName: row.statusChangedBy?.name ?? null,
    bookedBy: bookedByKind(row),
    practitionerId: row.practitioner.id,
    location: row.location,
    motive: { id: row.motive.id, name: row.motive.name },
    patient: {
      id: patient.id,
      firstName: patient.firstName ?? "",
      lastName: patient.lastName ?? "",
      birthDate: patient.birthDate,
      phone: patient.phone,
      email: patient.owner?.email ?? patient.email,
      relationship: patient.relationship === "SELF" ? null : patient.relationship,
      accountHolderName: patient.relationship === "SELF" ? null : (patient.owner?.name ?? null),
      hasAccount: patient.ownerId !== null,
    },
  };
}

function bookedByKind(row: PracticeAppointmentRow): BookedByKind {
  const booker = row.bookedBy;
  if (!booker) return "UNKNOWN";
  if (booker.role === "PRACTITIONER" || booker.role === "SECRETARY") return "PRACTICE";
  if (booker.id !== row.patient.ownerId) return "UNKNOWN";
  return row.patient.relationship === "SELF" ? "PATIENT" : "ACCOUNT_HOLDER";
}
