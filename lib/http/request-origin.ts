import "server-only";

// Browsers send Origin on state-changing requests; a foreign one means another site is
// posting on the user's behalf. A missing Origin (older browsers, some report uploads)
// is accepted: the endpoint must still work for them.
export function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const ownHost = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  return hostOf(origin) !== ownHost;
}

function hostOf(origin: string): string | undefined {
  // "null" (sandboxed or privacy-sensitive contexts) is not a URL, hence never ours.
  return URL.canParse(origin) ? new URL(origin).host : undefined;
}

// The address of the nearest hop: Next fills x-forwarded-for with the socket address when
// no proxy did, and a proxy appends the address it saw, so the last entry is the one no
// client can forge behind a proxy. Used for rate limiting only, never stored or logged.
export function clientAddress(request: Request): string {
  const forwardedFor = request.headers.get("x-forwarded-for");
  return forwardedFor?.split(",").at(-1)?.trim() || "unknown";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request (POST, PUT, PATCH, DELETE…) sent by another site with the user's
 * cookies (CSRF): its Origin names another host, or, when a browser sends no Origin, its
 * Sec-Fetch-Site says it is not same-origin. A request with neither header comes from no
 * browser, hence carries no victim's cookies. Server actions get the same check from Next;
 * every route handler gets it from lib/http/route.ts, which calls only this function.
 */
export function isCrossSiteRequest(request: Request): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  const crossSite = fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none";
  return isForeignOrigin(request) || (request.headers.get("origin") === null && crossSite);
}
