import { getLocale, getTranslations } from "next-intl/server";
import { AppointmentDetails } from "@/components/appointments/appointment-details";
import { CancelAppointmentForm } from "@/components/appointments/cancel-appointment-form";
import { buttonClassName } from "@/components/ui/button";
import { getMyAppointment } from "@/lib/appointments/get-my-appointment";
import { appointmentPath, MY_APPOINTMENTS_PATH } from "@/lib/appointments/paths";
import { isChangeable } from "@/lib/appointments/policy";
import { requireRole } from "@/lib/auth/session";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatDayAndTime } from "@/lib/utils/format-date";
import { cancelAppointmentAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("appointments.detail");
  return { title: t("title") };
}

type AppointmentPageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// ?confirme=1, ?deplace=1, ?annule=1: what just happened, said once above the details.
const BANNERS = ["confirme", "deplace", "annule"] as const;

// One appointment: the confirmation page after booking, and where to cancel or move it.
export default async function AppointmentPage({ params, searchParams }: AppointmentPageProps) {
  const user = await requireRole("PATIENT");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const appointment = await getMyAppointment(user, id).catch(notFoundOnAppError);
  const banner = BANNERS.find((key) => query[key] === "1");
  const t = await getTranslations("appointments.detail");
  const all = await getTranslations();
  const locale = (await getLocale()) as Locale;
  const deadline = new Date(appointment.changeableUntil);
  const changeable = isChangeable(appointment, new Date());
  return (
    <div className="space-y-6 sm:space-y-8">
      {banner && (
        <p
          role="status"
          className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900"
        >
          {all(`appointments.detail.banners.${banner}`)}
        </p>
      )}
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {banner === "confirme" ? t("confirmedTitle") : t("title")}
      </h1>
      <AppointmentDetails appointment={appointment} />
      {appointment.status === "BOOKED" && (
        <p>
          <a
            href={localizePath(locale, `${appointmentPath(appointment.id)}/agenda`)}
            download
            className={buttonClassName("secondary")}
          >
            {t("addToCalendar")}
          </a>
        </p>
      )}
      {changeable ? (
        <section aria-labelledby="change-title" className="space-y-4">
          <h2 id="change-title" className="text-xl font-semibold text-slate-900">
            {t("changeTitle")}
          </h2>
          <Link
            href={`${appointmentPath(appointment.id)}/deplacer`}
            className={buttonClassName("secondary")}
          >
            {t("reschedule")}
          </Link>
          <CancelAppointmentForm
            action={cancelAppointmentAction.bind(null, appointment.id)}
            deadlineText={t("deadline", {
              deadline: formatDayAndTime(locale, deadline, appointment.timeZone),
            })}
            label={t("cancel")}
            pendingLabel={t("cancelling")}
          />
        </section>
      ) : (
        appointment.status === "BOOKED" && <p className="text-slate-700">{t("tooLate")}</p>
      )}
      <p>
        <Link href={MY_APPOINTMENTS_PATH} className="text-brand-800 underline">
          {t("all")}
        </Link>
      </p>
    </div>
  );
}
