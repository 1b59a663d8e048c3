import { BookingSummary } from "@/components/booking/booking-summary";
import type { AppointmentView } from "@/lib/appointments/appointment-view";
import { personLabel, STATUS_LABELS } from "./appointment-list";

export function AppointmentDetails({ appointment }: { appointment: AppointmentView }) {
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
        Pour :{" "}
        <span className="font-medium text-slate-900">{personLabel(appointment.patient)}</span> ·
        Statut :{" "}
        <span className="font-medium text-slate-900">{STATUS_LABELS[appointment.status]}</span>
      </p>
    </div>
  );
}
