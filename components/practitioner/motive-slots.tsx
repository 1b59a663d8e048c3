import { useLocale, useTranslations } from "next-intl";
import { bookingPath, confirmBookingPath } from "@/lib/appointments/paths";
import { useJourneyHref } from "@/lib/campaigns/request-campaign";
import { PROFILE_WEEK_DAYS, type MotiveWeek } from "@/lib/practitioners/get-practitioner-slots";
import { formatCalendarDay, formatTime } from "@/lib/utils/format-date";

type MotiveSlotsProps = { weeks: MotiveWeek[]; timeZone: string; slug: string };

// The reasons for visit, each a native disclosure, so the keyboard walks through the
// motives and opens the one it wants instead of tabbing past every slot. The first shows its
// week of free slots; the others link to theirs on the booking page. Slots are plain links:
// hundreds of next/link components cost hydration and a prefetch each, for pages that are
// rendered per request anyway.
export function MotiveSlots({ weeks, timeZone, slug }: MotiveSlotsProps) {
  const t = useTranslations("practitioner");
  const locale = useLocale();
  const journeyHref = useJourneyHref();
  if (weeks.length === 0) {
    return <p className="text-slate-700">{t("noOnlineBooking")}</p>;
  }
  return (
    <ul className="space-y-3">
      {weeks.map(({ motive, days }, index) => {
        const details = [
          t("motive.duration", { minutes: motive.durationMinutes }),
          motive.teleconsultation && t("motive.video"),
          !motive.allowNewPatients && t("motive.returningOnly"),
          !motive.allowReturning && t("motive.newOnly"),
        ].filter(Boolean);
        return (
          <li key={motive.id}>
            <details open={index === 0} className="rounded-2xl border border-slate-200 p-4">
              <summary className="cursor-pointer font-semibold text-slate-900">
                {motive.name}
                <span className="font-normal text-slate-700"> · {details.join(" · ")}</span>
              </summary>
              {days === null ? (
                <p className="mt-3">
                  <a
                    href={journeyHref(bookingPath(slug, { motiveId: motive.id }))}
                    className="font-medium text-brand-700 underline hover:text-brand-800"
                  >
                    {t("seeMotiveSlots")}
                  </a>
                </p>
              ) : days.length === 0 ? (
                <p className="mt-3 text-sm text-slate-700">
                  {t("noSlots", { days: PROFILE_WEEK_DAYS })}
                </p>
              ) : (
                <ul className="mt-3 space-y-2">
                  {days.map((day) => {
                    const dayLabel = formatCalendarDay(locale, day.date);
                    return (
                      <li key={day.date} className="flex flex-wrap items-center gap-2">
                        <span className="w-44 max-w-full text-sm text-slate-700 first-letter:uppercase">
                          {dayLabel}
                        </span>
                        {day.slots.map((slot) => {
                          const time = formatTime(locale, slot.startsAt, timeZone);
                          return (
                            <a
                              key={slot.startsAt.toISOString()}
                              href={journeyHref(confirmBookingPath(slug, motive.id, slot.startsAt))}
                              aria-label={t("bookSlot", { day: dayLabel, time })}
                              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-brand-600 px-2.5 text-sm font-semibold text-white hover:bg-brand-700"
                            >
                              {time}
                            </a>
                          );
                        })}
                      </li>
                    );
                  })}
                </ul>
              )}
            </details>
          </li>
        );
      })}
    </ul>
  );
}
