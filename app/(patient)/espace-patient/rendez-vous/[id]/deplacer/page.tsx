import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { RescheduleForm, RescheduleSlotButton } from "@/components/appointments/reschedule-form";
import { SlotDays } from "@/components/booking/slot-days";
import { getMyAppointment } from "@/lib/appointments/get-my-appointment";
import { appointmentPath } from "@/lib/appointments/paths";
import { isChangeable } from "@/lib/appointments/policy";
import { requireRole } from "@/lib/auth/session";
import { groupSlotsByLocalDay } from "@/lib/availability/group-slots";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { Link, redirect } from "@/lib/i18n/navigation";
import { getPractitionerSlots } from "@/lib/practitioners/get-practitioner-slots";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { formatDayAndTime } from "@/lib/utils/format-date";
import { isoDateOfLocalDay, localDayOfIsoDate } from "@/lib/utils/zoned-time";
import { rescheduleAppointmentAction } from "../../actions";

export async function generateMetadata() {
  const t = await getTranslations("appointments.reschedule");
  return { title: t("title") };
}

const querySchema = z.object({ du: z.iso.date().optional().catch(undefined) });

type ReschedulePageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Another slot for the same motive; choosing one moves the appointment in one step.
export default async function ReschedulePage({ params, searchParams }: ReschedulePageProps) {
  const user = await requireRole("PATIENT");
  const [{ id }, query] = await Promise.all([params, searchParams.then(querySchema.parse)]);
  const appointment = await getMyAppointment(user, id).catch(notFoundOnAppError);
  const now = new Date();
  const startsAt = new Date(appointment.startsAt);
  // Cancelled, past or inside the deadline: the appointment's page says what can be done.
  const locale = (await getLocale()) as Locale;
  if (!isChangeable(appointment, now)) redirect({ href: appointmentPath(appointment.id), locale });
  const t = await getTranslations("appointments.reschedule");
  const profile = await getPublicProfile(appointment.practitioner.slug).catch(notFoundOnAppError);
  const week = await getPractitionerSlots(
    profile,
    { motive: appointment.motive.id, from: query.du },
    now,
    appointment.id,
  );
  const otherSlots = week.slots.filter((slot) => slot.startsAt.getTime() !== startsAt.getTime());
  const nextWeek = isoDateOfLocalDay(localDayOfIsoDate(week.from) + 7);
  const here = `${appointmentPath(appointment.id)}/deplacer`;
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="text-slate-700">
        {t.rich("current", {
          when: formatDayAndTime(locale, startsAt, appointment.timeZone),
          strong: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
        })}
      </p>
      <RescheduleForm
        action={rescheduleAppointmentAction.bind(null, appointment.id)}
        legend={t("choose")}
      >
        <SlotDays
          days={groupSlotsByLocalDay(otherSlots, week.timeZone)}
          timeZone={week.timeZone}
          emptyText={t("noSlots")}
          renderSlot={(slot) => (
            <RescheduleSlotButton
              value={slot.startsAt.toISOString()}
              label={slot.label}
              accessibleLabel={slot.accessibleLabel}
            />
          )}
        />
      </RescheduleForm>
      <nav aria-label={t("weeks")} className="flex flex-wrap gap-4">
        <Link href={`${here}?du=${nextWeek}`} className="font-medium text-brand-800 underline">
          {t("nextWeek")}
        </Link>
        <Link href={appointmentPath(appointment.id)} className="text-brand-800 underline">
          {t("keep")}
        </Link>
      </nav>
    </div>
  );
}
