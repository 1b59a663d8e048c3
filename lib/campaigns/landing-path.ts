// Where a campaign's tagged link may land: a public page of Praxis itself, given as a path
// ("/", "/recherche?ou=Lyon", "/praticiens/dr-jeanne-martin"). Never another host, never the
// admin, staff or patient areas, the API or the short links. Pure and client-safe.

export const CAMPAIGN_PARAM = "campagne";
export const LANDING_PATH_MAX_LENGTH = 300;

// Unreserved characters only: no escapes ("/%61dmin"), so what is checked is what is served.
const PATH_CHARACTERS = /^\/[A-Za-z0-9\-._~/]*$/;
const QUERY_CHARACTERS = /^[A-Za-z0-9\-._~=&+%,:]*$/;
const PRIVATE_AREAS = /^(\/(en|de))?\/(admin|espace-[^/]*|api|c)(\/|$)/;

export type LandingPathProblem = "format" | "private";

export function landingPathProblem(value: string): LandingPathProblem | null {
  if (value.length === 0 || value.length > LANDING_PATH_MAX_LENGTH) return "format";
  const [path = "", query, ...rest] = value.split("?");
  if (rest.length > 0 || !PATH_CHARACTERS.test(path) || path.startsWith("//")) return "format";
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return "format";
  if (query !== undefined && !QUERY_CHARACTERS.test(query)) return "format";
  if (new URLSearchParams(query).has(CAMPAIGN_PARAM)) return "format";
  return PRIVATE_AREAS.test(path) ? "private" : null;
}

/** The landing path with `?campagne={slug}` added to its query. */
export function taggedPath(landingPath: string, slug: string): string {
  const separator = landingPath.includes("?") ? "&" : "?";
  return `${landingPath}${separator}${CAMPAIGN_PARAM}=${slug}`;
}

export function shortPath(slug: string): string {
  return `/c/${slug}`;
}
