import { useLocale, useTranslations } from "next-intl";
import { SUMMARY_LOOKAHEAD_DAYS, type SummaryDay } from "@/lib/search/summaries/build-summary";
import { formatCalendarDay, formatTime } from "@/lib/utils/format-date";

// The next days with a free slot and their first times. Plain text: one link per result
// (to the profile, where the reason for the visit is chosen) keeps the keyboard path short.
export function NextFreeDays({ days, timeZone }: { days: SummaryDay[]; timeZone: string }) {
  const t = useTranslations("search.result");
  const locale = useLocale();
  if (days.length === 0) {
    return <p className="rc-note">{t("noFreeSlot", { days: SUMMARY_LOOKAHEAD_DAYS })}</p>;
  }
  return (
    <div>
      <p className="rc-free-title">{t("nextFree")}</p>
      {/* Styled by the rc-free* classes of app/globals.css (see result-card.tsx). */}
      <ul className="rc-free">
        {days.map((day) => (
          <li key={day.date}>
            <span>{formatCalendarDay(locale, day.date)}</span>
            <span className="sr-only">:</span>
            {/* Plain text, not chips: nothing here is a button (the card's one link leads to
                the profile), and twenty cards of chips were most of what a phone hydrates. */}
            <span>
              {day.starts.map((start) => formatTime(locale, new Date(start), timeZone)).join(", ")}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
