import Link from "next/link";
import type { AppointmentView } from "@/lib/appointments/appointment-view";
import { appointmentPath } from "@/lib/appointments/paths";
import { formatDayAndTime } from "@/lib/utils/format-date-fr";

export const STATUS_LABELS: Record<AppointmentView["status"], string> = {
  BOOKED: "Confirmé",
  CANCELLED: "Annulé",
  COMPLETED: "Passé",
  NO_SHOW: "Absence signalée",
};

export function personLabel(patient: AppointmentView["patient"]): string {
  return patient.isAccountHolder ? "Vous" : `${patient.firstName} ${patient.lastName}`.trim();
}

// A list of appointments, each a link to its page (details, calendar file, cancel, move).
export function AppointmentList({
  appointments,
  emptyText,
}: {
  appointments: readonly AppointmentView[];
  emptyText: string;
}) {
  if (appointments.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  return (
    <ul className="space-y-3">
      {appointments.map((appointment) => (
        <li key={appointment.id}>
          <Link
            href={appointmentPath(appointment.id)}
            className="block rounded-xl border border-slate-200 p-4 hover:border-brand-300 hover:bg-brand-50"
          >
            <span className="block font-semibold text-slate-900">
              {formatDayAndTime(new Date(appointment.startsAt), appointment.timeZone)}
            </span>
            <span className="mt-1 block text-slate-700">
              {appointment.practitioner.name} · {personLabel(appointment.patient)} ·{" "}
              {STATUS_LABELS[appointment.status]}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
