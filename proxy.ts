import { NextResponse, type NextRequest } from "next/server";
import { isStaffArea, sessionCookieName } from "@/lib/auth/session-cookie";
import { isCrossOriginUnsafeRequest } from "@/lib/http/request-origin";
import { createNonce } from "@/lib/security/content-security-policy";
import { buildDocumentSecurityHeaders } from "@/lib/security/security-headers";

// Adds the per-request, nonce-based CSP. Next reads the nonce from the CSP header on the
// *request* and stamps it on its own scripts and styles, so both sides carry it.
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = buildDocumentSecurityHeaders(nonce, process.env.NODE_ENV === "development");

  // Another site posting to a page (a server action) with the user's cookies: refused here,
  // before Next answers it with a 500 or, without Origin, runs the action.
  if (isCrossOriginUnsafeRequest(request)) {
    const refusal = new NextResponse("Requête refusée : elle vient d’un autre site.", {
      status: 403,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
    for (const { key, value } of headers) refusal.headers.set(key, value);
    return refusal;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Server components cannot read the URL; requireUser() sends the visitor back here after
  // signing in. Set on every request, so a client cannot supply its own.
  requestHeaders.set("x-praxis-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  for (const { key, value } of headers) requestHeaders.set(key, value);

  const response = isAnonymousInStaffArea(request)
    ? // The 404 page, as a signed-in user of another role gets from requireRole: a redirect
      // to sign in would tell that the area exists. Pages still check roles themselves.
      NextResponse.rewrite(new URL("/_praxis/introuvable", request.url), {
        request: { headers: requestHeaders },
      })
    : NextResponse.next({ request: { headers: requestHeaders } });
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

function isAnonymousInStaffArea(request: NextRequest): boolean {
  if (!isStaffArea(request.nextUrl.pathname)) return false;
  return (
    !request.cookies.has(sessionCookieName(true)) && !request.cookies.has(sessionCookieName(false))
  );
}

// Static assets carry no markup, so they need no CSP; JSON answers (/api/…, /healthz) get a
// fixed one. Each exclusion is anchored (a whole segment or the whole path): an unanchored
// prefix would also exclude look-alikes such as /healthzfoo, whose HTML 404 then had no CSP.
// next.config.ts gives every answer the static security headers (HSTS, nosniff, CORP…).
export const config = {
  matcher: ["/((?!_next/static/|_next/image$|favicon\\.ico$|api/|healthz$).*)"],
};
