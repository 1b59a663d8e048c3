import { useLocale, useTranslations } from "next-intl";
import type { AppointmentView } from "@/lib/appointments/appointment-view";
import { appointmentPath } from "@/lib/appointments/paths";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatDayAndTime } from "@/lib/utils/format-date";

/**
 * The catalogue key of an appointment's status as the patient reads it: a cancellation by
 * the practice says so.
 */
export function patientStatusKey(
  appointment: Pick<AppointmentView, "status" | "cancelledByPractice">,
) {
  return appointment.cancelledByPractice
    ? "appointmentPanel.patientStatus.cancelledByPractice"
    : (`appointments.status.${appointment.status}` as const);
}

/** Who an appointment is for: "you", or the relative's name. */
export function usePersonLabel() {
  const t = useTranslations("appointments");
  return (patient: AppointmentView["patient"]) =>
    patient.isAccountHolder ? t("you") : `${patient.firstName} ${patient.lastName}`.trim();
}

// A list of appointments, each a link to its page (details, calendar file, cancel, move).
export function AppointmentList({
  appointments,
  emptyText,
}: {
  appointments: readonly AppointmentView[];
  emptyText: string;
}) {
  const all = useTranslations();
  const locale = useLocale() as Locale;
  const personLabel = usePersonLabel();
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
              {formatDayAndTime(locale, new Date(appointment.startsAt), appointment.timeZone)}
            </span>
            <span className="mt-1 block text-slate-700">
              {appointment.practitioner.name} · {personLabel(appointment.patient)} ·{" "}
              {all(patientStatusKey(appointment))}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
