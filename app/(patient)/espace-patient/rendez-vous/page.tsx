import { getTranslations } from "next-intl/server";
import { AppointmentList } from "@/components/appointments/appointment-list";
import { listMyAppointments } from "@/lib/appointments/list-my-appointments";
import { requireRole } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata() {
  const t = await getTranslations("appointments.list");
  return { title: t("title") };
}

export default async function MyAppointmentsPage() {
  const user = await requireRole("PATIENT");
  const { upcoming, past } = await listMyAppointments(user);
  const t = await getTranslations("appointments.list");
  return (
    <div className="space-y-10">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <section aria-labelledby="upcoming-title" className="space-y-4">
        <h2 id="upcoming-title" className="text-xl font-semibold text-slate-900">
          {t("upcoming")}
        </h2>
        <AppointmentList appointments={upcoming} emptyText={t("noUpcoming")} />
        <p>
          <Link href="/" className="font-medium text-brand-800 underline">
            {t("book")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="past-title" className="space-y-4">
        <h2 id="past-title" className="text-xl font-semibold text-slate-900">
          {t("past")}
        </h2>
        <AppointmentList appointments={past} emptyText={t("noPast")} />
      </section>
    </div>
  );
}
