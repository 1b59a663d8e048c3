import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { MotiveList } from "@/components/booking/motive-list";
import { SLOT_CLASS, SlotDays } from "@/components/booking/slot-days";
import { bookingPath, confirmBookingPath } from "@/lib/appointments/paths";
import { groupSlotsByLocalDay } from "@/lib/availability/group-slots";
import { withCampaign } from "@/lib/campaigns/campaign-param";
import { currentCampaign } from "@/lib/campaigns/request-campaign";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { localizePath } from "@/lib/i18n/locales";
import { getPractitionerSlots } from "@/lib/practitioners/get-practitioner-slots";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { isoDateOfLocalDay, localDayAt, localDayOfIsoDate } from "@/lib/utils/zoned-time";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("booking");
  return { title: t("title") };
}

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
  const [{ slug }, query, locale, t, campaign] = await Promise.all([
    params,
    searchParams.then(querySchema.parse),
    getLocale(),
    getTranslations("booking"),
    currentCampaign(),
  ]);
  const journeyHref = (path: string) => withCampaign(localizePath(locale, path), campaign);
  const profile = await getPublicProfile(slug, new Date(), locale).catch(notFoundOnAppError);
  const motive =
    profile.motives.find((candidate) => candidate.id === query.motif) ??
    (profile.motives.length === 1 ? profile.motives[0] : undefined);
  const now = new Date();
  const week = motive
    ? await getPractitionerSlots(profile, { motive: motive.id, from: query.du }, now)
    : null;
  const weekStart = week ? localDayOfIsoDate(week.from) : 0;
  const weekLink = (days: number) =>
    journeyHref(
      bookingPath(slug, { motiveId: motive?.id, from: isoDateOfLocalDay(weekStart + days) }),
    );

  return (
    <div className="mx-auto max-w-5xl space-y-10 px-4 py-10 sm:px-6">
      <header className="space-y-2">
        <p className="text-sm font-medium text-brand-800">{t("title")}</p>
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
          {t("motiveTitle")}
        </h2>
        {profile.motives.length === 0 ? (
          <p className="text-slate-700">{t("noOnlineBooking")}</p>
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
            {t("slotTitle")}
          </h2>
          <p className="text-slate-700">{t("localTimes")}</p>
          <nav aria-label={t("weeks")} className="flex flex-wrap gap-3">
            {weekStart > localDayAt(now.getTime(), profile.timeZone) && (
              <a href={weekLink(-7)} className="font-medium text-brand-800 underline">
                {t("previousWeek")}
              </a>
            )}
            <a href={weekLink(7)} className="font-medium text-brand-800 underline">
              {t("nextWeek")}
            </a>
          </nav>
          <SlotDays
            days={groupSlotsByLocalDay(week.slots, profile.timeZone)}
            timeZone={profile.timeZone}
            emptyText={t("emptyWeek")}
            renderSlot={(slot) => (
              <a
                href={journeyHref(confirmBookingPath(slug, motive.id, slot.startsAt))}
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
