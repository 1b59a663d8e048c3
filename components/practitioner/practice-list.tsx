import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { mapSearchUrl } from "@/lib/practitioners/format";
import type { PublicProfile } from "@/lib/practitioners/get-public-profile";
import { formatTime, formatWeekday } from "@/lib/utils/format-date";
import { formatMinuteOfDay } from "@/lib/utils/zoned-time";

// Addresses and opening hours. No embedded map: the only way out is a plain link the
// patient chooses to follow, carrying the practice address and nothing else.
export function PracticeList({ locations }: { locations: PublicProfile["locations"] }) {
  const t = useTranslations("practitioner");
  return (
    <section aria-labelledby="cabinets-titre" className="space-y-4">
      <h2 id="cabinets-titre" className="text-xl font-bold text-slate-900">
        {t("practices", { count: locations.length })}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {locations.map((location) => (
          <li key={location.id} className="space-y-3 rounded-2xl border border-slate-200 p-5">
            <address className="not-italic text-slate-800">
              {location.name && <span className="block font-semibold">{location.name}</span>}
              <span className="block">{location.address}</span>
              <span className="block">
                {location.postcode} {location.city}
              </span>
              {location.phone && (
                <span className="block">{t("phone", { phone: location.phone })}</span>
              )}
            </address>
            <a
              href={mapSearchUrl(location)}
              rel="noopener noreferrer external"
              target="_blank"
              className="inline-block text-sm font-medium text-brand-700 underline hover:text-brand-800"
            >
              {t("map")}
              <span className="sr-only">{t("mapExternal")}</span>
            </a>
            <OpeningHours hours={location.hours} />
          </li>
        ))}
      </ul>
    </section>
  );
}

// A timetable reads "09:00–12:00" in French and German, "9:00 AM–12:00 PM" in English.
function clockTime(locale: Locale, minute: number): string {
  if (locale !== "en") return formatMinuteOfDay(minute);
  return formatTime(locale, new Date(Date.UTC(2024, 0, 1, 0, minute)), "UTC");
}

function OpeningHours({ hours }: { hours: PublicProfile["locations"][number]["hours"] }) {
  const t = useTranslations("practitioner");
  const locale = useLocale();
  if (hours.length === 0) return <p className="text-sm text-slate-700">{t("hoursUnknown")}</p>;
  const byWeekday = new Map<number, string[]>();
  for (const window of hours) {
    const span = `${clockTime(locale, window.startMinute)}–${clockTime(locale, window.endMinute)}`;
    byWeekday.set(window.weekday, [...(byWeekday.get(window.weekday) ?? []), span]);
  }
  return (
    <table className="w-full text-sm text-slate-800">
      <caption className="mb-1 text-left font-semibold text-slate-900">{t("hours")}</caption>
      <tbody>
        {[...byWeekday].map(([weekday, spans]) => (
          <tr key={weekday} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-4 text-left font-medium">
              {formatWeekday(locale, weekday)}
            </th>
            <td className="py-1">{spans.join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
