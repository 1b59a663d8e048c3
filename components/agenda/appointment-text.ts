import type { AgendaAppointment } from "@/lib/agenda/agenda-types";

// How an appointment reads in the agenda, shared by the grid and the list.

export function patientName(appointment: AgendaAppointment, fallback: string): string {
  const name = `${appointment.patient.firstName} ${appointment.patient.lastName}`.trim();
  return name || fallback;
}

/** Struck through when cancelled; dimmed when the patient did not come. */
export function statusTextClass(status: AgendaAppointment["status"]): string {
  if (status === "CANCELLED") return "line-through text-slate-600";
  if (status === "NO_SHOW") return "text-slate-700";
  return "text-slate-900";
}

export const STATUS_BADGE: Record<AgendaAppointment["status"], string> = {
  BOOKED: "bg-slate-100 text-slate-800",
  ARRIVED: "bg-amber-100 text-amber-900",
  COMPLETED: "bg-emerald-100 text-emerald-900",
  NO_SHOW: "bg-red-100 text-red-900",
  CANCELLED: "bg-slate-200 text-slate-700",
};

/** Catalogue keys (in the "agenda" namespace) of who booked, written out for the catalogue check. */
export const BOOKED_BY_KEY = {
  PATIENT: "bookedBy.PATIENT",
  RELATIVE: "bookedBy.RELATIVE",
  PRACTICE: "bookedBy.PRACTICE",
  UNKNOWN: "bookedBy.UNKNOWN",
} as const satisfies Record<AgendaAppointment["bookedBy"], string>;
