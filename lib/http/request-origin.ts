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
