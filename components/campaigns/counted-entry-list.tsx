import { useLocale, useTranslations } from "next-intl";
import type { CountedEntry } from "@/lib/campaigns/funnel";
import { formatCalendarDay } from "@/lib/utils/format-date";

// Every field of the entry the counter writes, in its order: a field added to the entry
// shows here (and needs its label) without anyone remembering to update the page.
export function CountedEntryList({ entry }: { entry: CountedEntry }) {
  const t = useTranslations("measurement");
  // Keys built from the entry's fields and steps are written out whole (the catalogue test
  // reads them from the source).
  const label = useTranslations();
  const locale = useLocale();
  const shown: Record<keyof CountedEntry, string> = {
    day: `${formatCalendarDay(locale, entry.day)} (${entry.day})`,
    campaign: entry.campaign,
    step: label(`measurement.steps.${entry.step}`),
    increment: t("incrementValue", { count: entry.increment }),
  };
  return (
    <figure className="rounded-2xl border border-brand-200 bg-brand-50 p-5">
      <figcaption className="text-sm font-semibold text-slate-900">{t("entryCaption")}</figcaption>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        {(Object.keys(entry) as (keyof CountedEntry)[]).map((field) => (
          <div key={field} className="contents">
            <dt className="font-medium text-slate-700">{label(`measurement.entry.${field}`)}</dt>
            <dd className="font-mono break-all text-slate-900">{shown[field]}</dd>
          </div>
        ))}
      </dl>
    </figure>
  );
}
