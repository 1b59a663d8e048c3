import { useLocale, useTranslations } from "next-intl";
import { previousPeriod, type Period } from "@/lib/campaigns/period";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarDate } from "@/lib/utils/format-date";

/** "From … to …, compared with … to …": the days every figure of the page counts. */
export function PeriodSummary({ period }: { period: Period }) {
  const t = useTranslations("campaigns.period");
  const locale = useLocale() as Locale;
  const before = previousPeriod(period);
  const day = (iso: string) => formatCalendarDate(locale, iso);
  return (
    <p className="text-sm text-slate-700">
      {t("summary", {
        from: day(period.from),
        to: day(period.to),
        previousFrom: day(before.from),
        previousTo: day(before.to),
      })}
    </p>
  );
}
