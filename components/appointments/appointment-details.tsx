import { useTranslations } from "next-intl";
import { BookingSummary } from "@/components/booking/booking-summary";
import type { AppointmentView } from "@/lib/appointments/appointment-view";
import { patientStatusKey, usePersonLabel } from "./appointment-list";

export function AppointmentDetails({ appointment }: { appointment: AppointmentView }) {
  const t = useTranslations("appointments");
  const all = useTranslations();
  const personLabel = usePersonLabel();
  return (
    <div className="space-y-3">
      <BookingSummary
        startsAt={new Date(appointment.startsAt)}
        timeZone={appointment.timeZone}
        practitionerName={appointment.practitioner.name}
        motiveName={appointment.motive.name}
        address={appointment.location}
      />
      <p className="text-slate-700">
        {t.rich("forWhomAndStatus", {
          person: personLabel(appointment.patient),
          status: all(patientStatusKey(appointment)),
          strong: (chunks) => <span className="font-medium text-slate-900">{chunks}</span>,
        })}
      </p>
    </div>
  );
}
