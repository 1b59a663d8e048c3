import { NextResponse, type NextRequest } from "next/server";
import { createNonce } from "@/lib/security/content-security-policy";
import { buildDocumentSecurityHeaders } from "@/lib/security/security-headers";

// Adds the per-request, nonce-based CSP. Next reads the nonce from the CSP header on the
// *request* and stamps it on its own scripts and styles, so both sides carry it.
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = buildDocumentSecurityHeaders(nonce, process.env.NODE_ENV === "development");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Server components cannot read the URL; requireUser() sends the visitor back here after
  // signing in. Set on every request, so a client cannot supply its own.
  requestHeaders.set("x-praxis-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  for (const { key, value } of headers) requestHeaders.set(key, value);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const { key, value } of headers) response.headers.set(key, value);
  return response;
}

// Static assets and the files every site ships (robots.txt, the sitemap, the manifest,
// icons, /.well-known) carry no markup, so they need no nonce: next.config.ts gives them,
// like JSON answers (/api, /healthz), a fixed policy beside the static security headers
// (HSTS, nosniff, CORP…). Keep this list in step with SITE_FILE_SOURCES there.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|api/|healthz|robots.txt|sitemap.xml|manifest.webmanifest|\\.well-known/|icons/|icon.svg|apple-icon.png).*)",
  ],
};
