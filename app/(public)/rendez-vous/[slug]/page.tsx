import type { Metadata } from "next";
import { z } from "zod";
import { MotiveList } from "@/components/booking/motive-list";
import { SLOT_CLASS, SlotDays } from "@/components/booking/slot-days";
import { bookingPath, confirmBookingPath } from "@/lib/appointments/paths";
import { groupSlotsByLocalDay } from "@/lib/availability/group-slots";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { getPractitionerSlots } from "@/lib/practitioners/get-practitioner-slots";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { isoDateOfLocalDay, localDayAt, localDayOfIsoDate } from "@/lib/utils/zoned-time";

export const metadata: Metadata = { title: "Prendre rendez-vous" };

const querySchema = z.object({
  motif: z.uuid().optional().catch(undefined),
  du: z.iso.date().optional().catch(undefined),
});

type BookingPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Steps 1 and 2 of booking: a motive, then a free slot in the practitioner's week. Public:
// choosing needs no account; confirming (step 3) does.
export default async function BookingPage({ params, searchParams }: BookingPageProps) {
  const [{ slug }, query] = await Promise.all([params, searchParams.then(querySchema.parse)]);
  const profile = await getPublicProfile(slug).catch(notFoundOnAppError);
  const motive =
    profile.motives.find((candidate) => candidate.id === query.motif) ??
    (profile.motives.length === 1 ? profile.motives[0] : undefined);
  const now = new Date();
  const week = motive
    ? await getPractitionerSlots(profile, { motive: motive.id, from: query.du }, now)
    : null;
  const weekStart = week ? localDayOfIsoDate(week.from) : 0;
  const weekLink = (days: number) =>
    bookingPath(slug, { motiveId: motive?.id, from: isoDateOfLocalDay(weekStart + days) });

  return (
    <div className="mx-auto max-w-5xl space-y-10 px-4 py-10 sm:px-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-brand-800">Prendre rendez-vous</p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">
          {practitionerName(profile)}
        </h1>
        <ul className="text-slate-700">
          {profile.locations.map((location) => (
            <li key={location.id}>
              {location.address}, {location.postcode} {location.city}
            </li>
          ))}
        </ul>
      </header>

      <section aria-labelledby="motive-title" className="space-y-4">
        <h2 id="motive-title" className="text-xl font-semibold text-slate-900">
          1. Motif du rendez-vous
        </h2>
        {profile.motives.length === 0 ? (
          <p className="text-slate-700">Ce praticien ne propose pas de rendez-vous en ligne.</p>
        ) : (
          <MotiveList
            motives={profile.motives}
            chosenId={motive?.id}
            hrefOf={(motiveId) => bookingPath(slug, { motiveId })}
          />
        )}
      </section>

      {motive && week && (
        <section aria-labelledby="slot-title" className="space-y-4">
          <h2 id="slot-title" className="text-xl font-semibold text-slate-900">
            2. Choisissez un créneau
          </h2>
          <p className="text-slate-700">Heures locales du cabinet.</p>
          <nav aria-label="Semaines" className="flex flex-wrap gap-3">
            {weekStart > localDayAt(now.getTime(), profile.timeZone) && (
              <a href={weekLink(-7)} className="font-medium text-brand-800 underline">
                Semaine précédente
              </a>
            )}
            <a href={weekLink(7)} className="font-medium text-brand-800 underline">
              Semaine suivante
            </a>
          </nav>
          <SlotDays
            days={groupSlotsByLocalDay(week.slots, profile.timeZone)}
            timeZone={profile.timeZone}
            emptyText="Aucun créneau libre cette semaine. Essayez la semaine suivante."
            renderSlot={(slot) => (
              <a
                href={confirmBookingPath(slug, motive.id, slot.startsAt)}
                aria-label={slot.accessibleLabel}
                className={SLOT_CLASS}
              >
                {slot.label}
              </a>
            )}
          />
        </section>
      )}
    </div>
  );
}
