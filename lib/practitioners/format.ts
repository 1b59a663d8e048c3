import type { ConventionSector } from "@/lib/generated/prisma/enums";
import { offsetMinutesAt } from "@/lib/utils/zoned-time";

// How public practitioner data reads, in the reader's language (`intlLocale`, a BCP 47
// tag from INTL_LOCALE). Words come from the catalogue; this formats amounts and
// distances. Pure and client-safe.

export type { PractitionerTitle } from "@/lib/utils/practitioner-name";
export type { ConventionSector };

/**
 * A practitioner's published fee in euros: one amount ("30,00 €", "€30.00", "30,00 €"),
 * a range of two, or null when they publish none.
 */
export function formatFees(
  minCents: number | null,
  maxCents: number | null,
  intlLocale: string,
): { amount: string } | { min: string; max: string } | null {
  const low = minCents ?? maxCents;
  const high = maxCents ?? minCents;
  if (low === null || high === null) return null;
  const euros = new Intl.NumberFormat(intlLocale, { style: "currency", currency: "EUR" });
  if (low === high) return { amount: euros.format(low / 100) };
  return { min: euros.format(low / 100), max: euros.format(high / 100) };
}

/**
 * ISO 8601 with the practitioner's offset ("2026-12-01T09:00:00+01:00"): the wall-clock
 * time they publish, unambiguous for any client whatever its own zone.
 */
export function formatInstantWithOffset(instant: Date, timeZone: string): string {
  const offset = offsetMinutesAt(instant.getTime(), timeZone);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${local}${sign}${hours}:${minutes}`;
}

/** The public profile's stable, readable address. */
export function profilePath(slug: string): string {
  return `/praticiens/${encodeURIComponent(slug)}`;
}

/** Where a plain OpenStreetMap link searches: the practice address, and nothing else. */
export function mapSearchUrl(location: { address: string; postcode: string; city: string }) {
  const query = `${location.address}, ${location.postcode} ${location.city}`;
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/** "350 m", "1,2 km" (French), "1.2 km" (English). */
// Units with a plain space, the same in the three languages (Intl's unit style would put a
// narrow no-break space in French only).
export function formatDistance(meters: number, intlLocale: string): string {
  const number = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 });
  if (meters < 1000) return `${number.format(Math.max(10, Math.round(meters / 10) * 10))} m`;
  return `${number.format(meters / 1000)} km`;
}
