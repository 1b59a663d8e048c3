import { NextResponse, type NextRequest } from "next/server";
import { isStaffArea, sessionCookieName } from "@/lib/auth/session-cookie";
import { setCampaignHeaders } from "@/lib/campaigns/navigation";
import { isCrossSiteRequest } from "@/lib/http/request-origin";
import { routeLocale } from "@/lib/i18n/locale-routing";
import { LOCALE_COOKIE, LOCALE_HEADER } from "@/lib/i18n/locales";
import {
  cacheablePageKey,
  cachedPageResponse,
  isRenderForCache,
  PLACEHOLDER_NONCE,
} from "@/lib/page-cache/cached-page";
import { createNonce } from "@/lib/security/content-security-policy";
import { buildDocumentSecurityHeaders } from "@/lib/security/security-headers";

// Adds the per-request, nonce-based CSP. Next reads the nonce from the CSP header on the
// *request* and stamps it on its own scripts and styles, so both sides carry it.
export async function proxy(request: NextRequest) {
  // The proxy's own render of a shared page carries a placeholder, replaced by each
  // visitor's nonce when the page is served (lib/page-cache/cached-page.ts).
  const renderForCache = isRenderForCache(request);
  const nonce = renderForCache ? PLACEHOLDER_NONCE : createNonce();
  const headers = buildDocumentSecurityHeaders(nonce, process.env.NODE_ENV === "development");

  // Another site posting to a page (a server action) with the user's cookies: refused here,
  // before Next answers it with a 500 or, without Origin, runs the action.
  if (isCrossSiteRequest(request)) {
    const refusal = new NextResponse(null, {
      status: 403,
      headers: { "Cache-Control": "no-store" },
    });
    for (const { key, value } of headers) refusal.headers.set(key, value);
    return refusal;
  }

  const route = routeLocale(request.nextUrl, {
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  if (route.kind === "redirect") return redirectForLanguage(request, route);

  const cacheKey =
    SHARES_PAGES && !renderForCache ? cacheablePageKey(request, route.appPath) : null;
  const cached = cacheKey && (await cachedPageResponse(request.nextUrl, cacheKey, nonce));
  if (cached) {
    for (const { key, value } of headers) cached.headers.set(key, value);
    return cached;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Server components cannot read the URL; requireUser() sends the visitor back here after
  // signing in. Set on every request, so a client cannot supply its own.
  requestHeaders.set("x-praxis-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  requestHeaders.set(LOCALE_HEADER, route.locale);
  // The campaign of a tagged link, and whether this request may count a step of it.
  setCampaignHeaders(requestHeaders, {
    method: request.method,
    url: request.nextUrl,
    headers: request.headers,
  });
  for (const { key, value } of headers) requestHeaders.set(key, value);

  // "/en/recherche" renders the app's "/recherche" route in English: pages exist once,
  // their language comes from the header set above. An anonymous visitor of a staff area
  // gets the 404 page, as a signed-in user of another role gets from requireRole: a
  // redirect to sign in would tell that the area exists. Pages still check roles themselves.
  const appPath = isAnonymousInStaffArea(request, route.appPath)
    ? "/_praxis/introuvable"
    : route.appPath;
  const response =
    appPath === request.nextUrl.pathname
      ? NextResponse.next({ request: { headers: requestHeaders } })
      : NextResponse.rewrite(new URL(`${appPath}${request.nextUrl.search}`, request.url), {
          request: { headers: requestHeaders },
        });
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

// `next dev` renders every request afresh, so that an edit shows at once.
const SHARES_PAGES = process.env.NODE_ENV === "production";

function isAnonymousInStaffArea(request: NextRequest, appPath: string): boolean {
  if (!isStaffArea(appPath)) return false;
  return ![true, false].some((secure) => request.cookies.has(sessionCookieName(secure)));
}

function redirectForLanguage(
  request: NextRequest,
  route: { location: string; permanent: boolean },
): NextResponse {
  const response = NextResponse.redirect(
    new URL(route.location, request.url),
    route.permanent ? 308 : 307,
  );
  // The home page's answer depends on these two; no shared cache may keep one for all.
  response.headers.set("Vary", "Accept-Language, Cookie");
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

// Static assets and the files every site ships (robots.txt, the sitemap, the manifest,
// icons, /.well-known) carry no markup, so they need no nonce: next.config.ts gives them,
// like JSON answers (/api/…, /healthz), a fixed policy beside the static security headers
// (HSTS, nosniff, CORP…); keep this list in step with SITE_FILE_SOURCES there. Each
// exclusion is anchored (a whole segment or the whole path): an unanchored prefix would
// also exclude look-alikes such as /healthzfoo, whose HTML 404 then had no CSP.
export const config = {
  matcher: [
    "/((?!_next/static/|_next/image$|favicon\\.ico$|api/|healthz$|robots\\.txt$|sitemap\\.xml$|manifest\\.webmanifest$|\\.well-known/|icons/|icon\\.svg$|apple-icon\\.png$).*)",
  ],
};
