import { mapSearchUrl } from "@/lib/practitioners/format";
import type { PublicProfile } from "@/lib/practitioners/get-public-profile";
import { formatMinuteOfDay } from "@/lib/utils/zoned-time";

const WEEKDAYS = ["", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"];

// Addresses and opening hours. No embedded map: the only way out is a plain link the
// patient chooses to follow, carrying the practice address and nothing else.
export function PracticeList({ locations }: { locations: PublicProfile["locations"] }) {
  return (
    <section aria-labelledby="cabinets-titre" className="space-y-4">
      <h2 id="cabinets-titre" className="text-xl font-bold text-slate-900">
        {locations.length > 1 ? "Lieux de consultation" : "Lieu de consultation"}
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
              {location.phone && <span className="block">Tél. {location.phone}</span>}
            </address>
            <a
              href={mapSearchUrl(location)}
              rel="noopener noreferrer external"
              target="_blank"
              className="inline-block text-sm font-medium text-brand-700 underline hover:text-brand-800"
            >
              Voir sur OpenStreetMap
              <span className="sr-only"> (site externe, nouvel onglet)</span>
            </a>
            <OpeningHours hours={location.hours} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function OpeningHours({ hours }: { hours: PublicProfile["locations"][number]["hours"] }) {
  if (hours.length === 0)
    return <p className="text-sm text-slate-700">Horaires non communiqués.</p>;
  const byWeekday = new Map<number, string[]>();
  for (const window of hours) {
    const span = `${formatMinuteOfDay(window.startMinute)}–${formatMinuteOfDay(window.endMinute)}`;
    byWeekday.set(window.weekday, [...(byWeekday.get(window.weekday) ?? []), span]);
  }
  return (
    <table className="w-full text-sm text-slate-800">
      <caption className="mb-1 text-left font-semibold text-slate-900">Horaires</caption>
      <tbody>
        {[...byWeekday].map(([weekday, spans]) => (
          <tr key={weekday} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-4 text-left font-medium">
              {WEEKDAYS[weekday]}
            </th>
            <td className="py-1">{spans.join(", ")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
