import "server-only";
import { largestCommunes } from "@/lib/places/communes";
import { listPublicProfiles } from "@/lib/practitioners/list-public-profiles";
import { listSpecialties } from "@/lib/practitioners/list-specialties";
import { publicUrl } from "./public-url";

// Search entry points: each specialty in France's largest cities, as the search form
// would submit them.
const SEARCH_CITY_COUNT = 40;

export type SitemapEntry = { url: string; lastModified?: Date };

/**
 * Public pages only: home, search entry points (city × specialty) and verified
 * practitioners' profiles. Next writes `url` into the XML as given, so `&` is escaped here.
 */
export async function listSitemapEntries(): Promise<SitemapEntry[]> {
  const [specialties, profiles] = await Promise.all([listSpecialties(), listPublicProfiles()]);
  const searches = largestCommunes(SEARCH_CITY_COUNT).flatMap((place) =>
    specialties.map((specialty) => ({
      url: xmlText(
        publicUrl(
          `/recherche?${new URLSearchParams({ specialty: specialty.slug, place: place.label })}`,
        ),
      ),
    })),
  );
  return [
    { url: publicUrl("/") },
    ...searches,
    ...profiles.map((profile) => ({
      url: xmlText(publicUrl(`/praticiens/${encodeURIComponent(profile.slug)}`)),
      lastModified: profile.updatedAt,
    })),
  ];
}

function xmlText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
