import type { AgendaAppointment } from "@/lib/agenda/agenda-types";

// How an appointment reads in the agenda, shared by the agenda's views.

export function patientName(appointment: AgendaAppointment, fallback: string): string {
  const name = `${appointment.patient.firstName} ${appointment.patient.lastName}`.trim();
  return name || fallback;
}

/** Catalogue keys (in the "agenda" namespace) of who booked, written out for the catalogue check. */
export const BOOKED_BY_KEY = {
  PATIENT: "bookedBy.PATIENT",
  RELATIVE: "bookedBy.RELATIVE",
  PRACTICE: "bookedBy.PRACTICE",
  UNKNOWN: "bookedBy.UNKNOWN",
} as const satisfies Record<AgendaAppointment["bookedBy"], string>;
