// The session cookie's name, shared by Auth.js's set-up (auth.ts) and proxy.ts, which only
// checks whether one is present. Pure, so the proxy can import it.

// `next start` is production: Secure, so the __Host- prefix (no Domain, Path=/).
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-praxis.session" : "praxis.session";
}

/**
 * Areas only staff may see. A visitor without a session gets the 404 other roles get (proxy.ts
 * and requireRole), so an anonymous probe cannot tell the area exists.
 */
export const STAFF_AREA_PREFIXES = ["/admin", "/espace-praticien"] as const;

export function isStaffArea(pathname: string): boolean {
  return STAFF_AREA_PREFIXES.some(
    (prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`),
  );
}
