import type { ConventionSector } from "@/lib/generated/prisma/enums";
import { offsetMinutesAt } from "@/lib/utils/zoned-time";

// How public practitioner data reads in French. Pure and client-safe.

export type { PractitionerTitle } from "@/lib/utils/practitioner-name";
export type { ConventionSector };

export const CONVENTION_SECTOR_LABELS: Record<ConventionSector, string> = {
  SECTOR_1: "Conventionné secteur 1",
  SECTOR_2: "Conventionné secteur 2 (honoraires libres)",
  NON_CONVENTIONED: "Non conventionné",
};

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** "30,00 €", "de 50,00 € à 80,00 €", or null when the practitioner publishes no fee. */
export function formatFees(minCents: number | null, maxCents: number | null): string | null {
  const low = minCents ?? maxCents;
  const high = maxCents ?? minCents;
  if (low === null || high === null) return null;
  if (low === high) return euros.format(low / 100);
  return `de ${euros.format(low / 100)} à ${euros.format(high / 100)}`;
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

const kilometres = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

/** "350 m", "1,2 km". */
export function formatDistance(meters: number): string {
  if (meters < 1000) return `${Math.max(10, Math.round(meters / 10) * 10)} m`;
  return `${kilometres.format(meters / 1000)} km`;
}
