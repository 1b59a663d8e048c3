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

// Static assets carry no markup, so they need no CSP; JSON answers (/api, /healthz) get a
// fixed one. next.config.ts gives both the static security headers (HSTS, nosniff, CORP…).
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/|healthz).*)"],
};
