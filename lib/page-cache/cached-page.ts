import type { NextRequest } from "next/server";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { createNonce } from "@/lib/security/content-security-policy";
import { renderOnce, storedPage, type StoredPage } from "./page-cache-store";

// Public pages that are the same for every anonymous visitor (the home page, a
// practitioner's profile) are rendered once every few seconds rather than once a visit.
// The proxy asks its own server for the page under a placeholder nonce, keeps the answer
// (page-cache-store.ts) and serves each visitor a copy carrying that visitor's fresh nonce,
// in the document and in the CSP header alike. Nothing about visitors is kept: the key is
// the address, and addresses with a query string (search text, a campaign) are not kept.
// Decision record: docs/decisions/0016-anonymous-page-cache.md.

/** App paths whose page depends on nothing but the address and the time. */
const CACHEABLE_APP_PATHS = [/^\/$/, /^\/praticiens\/[a-z0-9-]+$/];

// Headers of Next's client navigations and prefetches (an RSC payload, not a document) and
// of server actions.
const NON_DOCUMENT_HEADERS = [
  "rsc",
  "next-action",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
];

// Hop-by-hop or recomputed when the copy is sent.
const DROPPED_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "date",
  "keep-alive",
  "transfer-encoding",
]);

// Next's instructions to itself (a rewrite done for the render) are not part of the page.
const isKeptHeader = (name: string) =>
  !DROPPED_HEADERS.has(name) && !name.startsWith("x-middleware-");

const RENDER_HEADER = "x-praxis-page-render";
const RENDER_TIMEOUT_MS = 15_000;

// Per process, and made like any nonce (so Next writes the placeholder wherever it writes a
// nonce). Only this server's proxy knows the token, so no visitor can ask for a render
// under the placeholder nonce, which never reaches a browser.
const RENDER_TOKEN = createNonce();
export const PLACEHOLDER_NONCE = createNonce();

type PageRequest = Pick<NextRequest, "method" | "headers"> & {
  nextUrl: { pathname: string; search: string };
  cookies: { has: (name: string) => boolean };
};

/** The cache key of a request whose page may be shared, or null. */
export function cacheablePageKey(request: PageRequest, appPath: string): string | null {
  if (request.method !== "GET" || request.nextUrl.search !== "") return null;
  if (!CACHEABLE_APP_PATHS.some((pattern) => pattern.test(appPath))) return null;
  if ([true, false].some((secure) => request.cookies.has(sessionCookieName(secure)))) return null;
  if (NON_DOCUMENT_HEADERS.some((name) => request.headers.has(name))) return null;
  return request.nextUrl.pathname;
}

/** Whether this request is the proxy's own render of a page to keep. */
export function isRenderForCache(request: Pick<NextRequest, "headers">): boolean {
  return request.headers.get(RENDER_HEADER) === RENDER_TOKEN;
}

/**
 * The shared page of `key` with `nonce` in place of the placeholder, rendered first when
 * none younger than a few seconds is kept; null when the render failed (the caller then
 * lets the request through to be rendered as usual).
 */
export async function cachedPageResponse(
  url: URL,
  key: string,
  nonce: string,
): Promise<Response | null> {
  const page = storedPage(key) ?? (await renderOnce(key, () => renderForCache(url)));
  if (!page) return null;
  const swap = (text: string) => text.replaceAll(PLACEHOLDER_NONCE, nonce);
  return new Response(swap(page.body), {
    status: page.status,
    headers: page.headers.map(([name, value]): [string, string] => [name, swap(value)]),
  });
}

async function renderForCache(url: URL): Promise<StoredPage | null> {
  try {
    const response = await fetch(url, {
      headers: { [RENDER_HEADER]: RENDER_TOKEN, accept: "text/html" },
      redirect: "manual",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    return {
      status: response.status,
      headers: [...response.headers].filter(([name]) => isKeptHeader(name)),
      body: await response.text(),
      storedAt: Date.now(),
      // A missing profile or a redirect is served to the visitors who asked, not kept.
      sharable:
        response.status === 200 &&
        Boolean(response.headers.get("content-type")?.startsWith("text/html")) &&
        !response.headers.has("set-cookie"),
    };
  } catch (error) {
    console.error(`[praxis] page cache: render failed (${(error as Error)?.name})`);
    return null;
  }
}
