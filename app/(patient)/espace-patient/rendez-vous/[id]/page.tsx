import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentDetails } from "@/components/appointments/appointment-details";
import { CancelAppointmentForm } from "@/components/appointments/cancel-appointment-form";
import { buttonClassName } from "@/components/ui/button";
import { getMyAppointment } from "@/lib/appointments/get-my-appointment";
import { appointmentPath, MY_APPOINTMENTS_PATH } from "@/lib/appointments/paths";
import { isChangeable } from "@/lib/appointments/policy";
import { requireRole } from "@/lib/auth/session";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { formatDayAndTime } from "@/lib/utils/format-date-fr";
import { cancelAppointmentAction } from "../actions";

export const metadata: Metadata = { title: "Mon rendez-vous" };

type AppointmentPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const BANNERS: Record<string, string> = {
  confirme: "Votre rendez-vous est confirmé. Un e-mail de confirmation vous a été envoyé.",
  deplace: "Votre rendez-vous a été déplacé. Un e-mail vous le confirme.",
  annule: "Votre rendez-vous est annulé. Un e-mail vous le confirme.",
};

// One appointment: the confirmation page after booking, and where to cancel or move it.
export default async function AppointmentPage({ params, searchParams }: AppointmentPageProps) {
  const user = await requireRole("PATIENT");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const appointment = await getMyAppointment(user, id).catch(notFoundOnAppError);
  const banner = Object.keys(BANNERS).find((key) => query[key] === "1");
  const deadline = new Date(appointment.changeableUntil);
  const changeable = isChangeable(appointment, new Date());
  return (
    <div className="space-y-8">
      {banner && (
        <p
          role="status"
          className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          {BANNERS[banner]}
        </p>
      )}
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        {banner === "confirme" ? "Rendez-vous confirmé" : "Mon rendez-vous"}
      </h1>
      <AppointmentDetails appointment={appointment} />
      {appointment.status === "BOOKED" && (
        <p>
          <a
            href={`${appointmentPath(appointment.id)}/agenda`}
            download
            className={buttonClassName("secondary")}
          >
            Ajouter à mon agenda
          </a>
        </p>
      )}
      {changeable ? (
        <section aria-labelledby="change-title" className="space-y-4">
          <h2 id="change-title" className="text-xl font-semibold text-slate-900">
            Modifier ou annuler
          </h2>
          <Link
            href={`${appointmentPath(appointment.id)}/deplacer`}
            className={buttonClassName("secondary")}
          >
            Déplacer ce rendez-vous
          </Link>
          <CancelAppointmentForm
            action={cancelAppointmentAction.bind(null, appointment.id)}
            deadlineText={`Annulation ou changement en ligne possible jusqu’au ${formatDayAndTime(deadline, appointment.timeZone)}.`}
          />
        </section>
      ) : (
        appointment.status === "BOOKED" && (
          <p className="text-slate-700">
            Le délai d’annulation en ligne est passé : pour annuler ou déplacer ce rendez-vous,
            contactez le cabinet.
          </p>
        )
      )}
      <p>
        <Link href={MY_APPOINTMENTS_PATH} className="text-brand-800 underline">
          Tous mes rendez-vous
        </Link>
      </p>
    </div>
  );
}
