import type { Role } from "@/lib/generated/prisma/enums";
import { practitionerName, type PractitionerTitle } from "@/lib/utils/practitioner-name";
import { changeDeadline, type AppointmentStatus } from "./policy";

// What the patient's pages and the API show of an appointment: plain JSON (ISO strings), so
// an API answer can be stored and replayed byte for byte.

export type AppointmentView = {
  id: string;
  status: AppointmentStatus;
  startsAt: string;
  endsAt: string;
  /** The practitioner's IANA zone: dates are shown in it, wherever the patient is. */
  timeZone: string;
  /** Cancelling or moving online is possible until then. */
  changeableUntil: string;
  rescheduledFromId: string | null;
  /** Cancelled by the practice rather than on the patient's account. */
  cancelledByPractice: boolean;
  practitioner: { id: string; slug: string; name: string };
  location: { address: string; postcode: string; city: string } | null;
  patient: { id: string; firstName: string; lastName: string; isAccountHolder: boolean };
  motive: { id: string; name: string };
};

export type AppointmentRecord = {
  id: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  rescheduledFromId: string | null;
  /** Who cancelled it, when it is cancelled (absent on a record being written). */
  cancelledBy?: { role: Role } | null;
  practitioner: {
    id: string;
    slug: string;
    title: PractitionerTitle;
    firstName: string;
    lastName: string;
    timeZone: string;
    cancellationDeadlineHours: number;
  };
  location: { address: string; postcode: string; city: string } | null;
  patient: {
    id: string;
    firstName: string | null;
    lastName: string | null;
    relationship: string;
  };
  motive: { id: string; name: string };
};

export function toAppointmentView(row: AppointmentRecord): AppointmentView {
  const { practitioner, patient } = row;
  return {
    id: row.id,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    timeZone: practitioner.timeZone,
    changeableUntil: changeDeadline(
      row.startsAt,
      practitioner.cancellationDeadlineHours,
    ).toISOString(),
    rescheduledFromId: row.rescheduledFromId,
    cancelledByPractice: row.status === "CANCELLED" && isPracticeStaff(row.cancelledBy?.role),
    practitioner: {
      id: practitioner.id,
      slug: practitioner.slug,
      name: practitionerName(practitioner),
    },
    location: row.location && {
      address: row.location.address,
      postcode: row.location.postcode,
      city: row.location.city,
    },
    patient: {
      id: patient.id,
      firstName: patient.firstName ?? "",
      lastName: patient.lastName ?? "",
      isAccountHolder: patient.relationship === "SELF",
    },
    motive: { id: row.motive.id, name: row.motive.name },
  };
}

function isPracticeStaff(role: Role | undefined): boolean {
  return role === "PRACTITIONER" || role === "SECRETARY";
}
