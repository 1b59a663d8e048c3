import type { SearchQuery } from "@/lib/search/schemas";

// Links between search pages (pagination, "widen the radius", suggestions): the current
// search with some values changed, as a /recherche address. Pure.

type SearchParams = Partial<Record<keyof SearchQuery, string | number | boolean | undefined>>;

const ORDER: (keyof SearchQuery)[] = [
  "q",
  "specialty",
  "place",
  "radiusKm",
  "teleconsultation",
  "newPatients",
  "lang",
  "availableWithinDays",
  "sort",
  "page",
];

export function searchHref(query: SearchParams, changes: SearchParams = {}): string {
  const merged: SearchParams = { ...query, page: undefined, ...changes };
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = merged[key];
    if (value === undefined || value === false || value === "") continue;
    params.set(key, value === true ? "true" : String(value));
  }
  const search = params.toString();
  return search ? `/recherche?${search}` : "/recherche";
}
