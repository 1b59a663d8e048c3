import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { z } from "zod";
import { RescheduleForm, RescheduleSlotButton } from "@/components/appointments/reschedule-form";
import { SlotDays } from "@/components/booking/slot-days";
import { getMyAppointment } from "@/lib/appointments/get-my-appointment";
import { appointmentPath } from "@/lib/appointments/paths";
import { isChangeable } from "@/lib/appointments/policy";
import { requireRole } from "@/lib/auth/session";
import { groupSlotsByLocalDay } from "@/lib/availability/group-slots";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { getPractitionerSlots } from "@/lib/practitioners/get-practitioner-slots";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { formatDayAndTime } from "@/lib/utils/format-date-fr";
import { isoDateOfLocalDay, localDayOfIsoDate } from "@/lib/utils/zoned-time";
import { rescheduleAppointmentAction } from "../../actions";

export const metadata: Metadata = { title: "Déplacer mon rendez-vous" };

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
  if (!isChangeable(appointment, now)) redirect(appointmentPath(appointment.id));
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
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Déplacer mon rendez-vous</h1>
      <p className="text-slate-700">
        Rendez-vous actuel :{" "}
        <span className="font-semibold text-slate-900">
          {formatDayAndTime(startsAt, appointment.timeZone)}
        </span>
        . Il reste réservé tant que vous n’avez pas choisi un nouveau créneau.
      </p>
      <RescheduleForm action={rescheduleAppointmentAction.bind(null, appointment.id)}>
        <SlotDays
          days={groupSlotsByLocalDay(otherSlots, week.timeZone)}
          timeZone={week.timeZone}
          emptyText="Aucun créneau libre cette semaine."
          renderSlot={(slot) => (
            <RescheduleSlotButton
              value={slot.startsAt.toISOString()}
              label={slot.label}
              accessibleLabel={slot.accessibleLabel}
            />
          )}
        />
      </RescheduleForm>
      <nav aria-label="Semaines" className="flex flex-wrap gap-4">
        <Link href={`${here}?du=${nextWeek}`} className="font-medium text-brand-800 underline">
          Semaine suivante
        </Link>
        <Link href={appointmentPath(appointment.id)} className="text-brand-800 underline">
          Garder mon rendez-vous
        </Link>
      </nav>
    </div>
  );
}
