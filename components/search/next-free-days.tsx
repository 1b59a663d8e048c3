import { useLocale, useTranslations } from "next-intl";
import { SUMMARY_LOOKAHEAD_DAYS, type SummaryDay } from "@/lib/search/summaries/build-summary";
import { formatCalendarDay, formatTime } from "@/lib/utils/format-date";

// The next days with a free slot and their first times. Plain text: one link per result
// (to the profile, where the reason for the visit is chosen) keeps the keyboard path short.
export function NextFreeDays({ days, timeZone }: { days: SummaryDay[]; timeZone: string }) {
  const t = useTranslations("search.result");
  const locale = useLocale();
  if (days.length === 0) {
    return (
      <p className="text-sm text-slate-700">{t("noFreeSlot", { days: SUMMARY_LOOKAHEAD_DAYS })}</p>
    );
  }
  return (
    <div>
      <p className="text-sm font-semibold text-slate-900">{t("nextFree")}</p>
      <ul className="mt-2 space-y-2">
        {days.map((day) => (
          <li key={day.date} className="flex flex-wrap items-center gap-2">
            <span className="w-44 max-w-full text-sm text-slate-700 first-letter:uppercase">
              {formatCalendarDay(locale, day.date)}
            </span>
            <span className="sr-only">:</span>
            {day.starts.map((start) => (
              <span
                key={start}
                className="rounded-md bg-brand-50 px-2.5 py-1 text-sm font-semibold text-brand-800"
              >
                {formatTime(locale, new Date(start), timeZone)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
