import "server-only";
import { z } from "zod";

// What a request says about where it comes from, believed only as far as the deployment
// allows: the TCP peer is the only address nobody can forge, and a proxy's headers count
// only when the operator said how many proxies stand in front (TRUSTED_PROXY_HOPS).

export type TrustSettings = {
  /** APP_URL's origin ("https://praxis.example"), or null when unset (local use). */
  appOrigin: string | null;
  /** Reverse proxies in front of the app whose X-Forwarded-For entries are believed. */
  trustedProxyHops: number;
};

const trustedProxyHopsSchema = z.coerce.number().int().min(0).max(10).default(0);

const trustSchema = z.object({
  APP_URL: z.url().optional(),
  TRUSTED_PROXY_HOPS: trustedProxyHopsSchema,
});

let cached: TrustSettings | undefined;

/**
 * Read from the environment rather than getEnv(): proxy.ts runs this on every request and
 * needs neither the database URL nor the secret getEnv() insists on. A malformed value
 * falls back to trusting nothing (the safe side); `npm start` refuses it before that.
 */
export function trustSettings(
  source: Record<string, string | undefined> = process.env,
): TrustSettings {
  if (source === process.env && cached) return cached;
  const parsed = trustSchema.safeParse(source);
  const settings: TrustSettings = parsed.success
    ? {
        appOrigin: parsed.data.APP_URL ? new URL(parsed.data.APP_URL).origin : null,
        trustedProxyHops: parsed.data.TRUSTED_PROXY_HOPS,
      }
    : { appOrigin: null, trustedProxyHops: 0 };
  if (source === process.env) cached = settings;
  return settings;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The one CSRF rule, for pages' server actions (proxy.ts answers 403 before Next sees them)
 * and every route handler (lib/http/route.ts) alike: a state-changing request (POST, PUT,
 * PATCH, DELETE…) is cross-site when its Origin is not ours ("null" included), or, when a
 * browser sent no Origin, its Sec-Fetch-Site says another site made it. A request with
 * neither header comes from no browser, hence carries no victim's cookies.
 */
export function isCrossSiteRequest(
  request: Request,
  settings: TrustSettings = trustSettings(),
): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  const origin = request.headers.get("origin");
  if (origin !== null) return !isOwnOrigin(origin, request, settings);
  const fetchSite = request.headers.get("sec-fetch-site");
  return fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none";
}

// Ours is APP_URL's origin when set (what production sets), else the Host the browser
// addressed. X-Forwarded-Host/Proto are never read: anyone can send them.
function isOwnOrigin(origin: string, request: Request, settings: TrustSettings): boolean {
  // "null" (sandboxed or privacy-sensitive contexts) is not a URL, hence never ours.
  if (!URL.canParse(origin)) return false;
  const url = new URL(origin);
  if (settings.appOrigin !== null) return url.origin === settings.appOrigin;
  return url.host === request.headers.get("host");
}

/**
 * The client's address, for rate limits only (never stored or logged). The start script
 * appends the TCP peer's address to X-Forwarded-For (scripts/start/trust-socket-peer.cjs),
 * so the last entry is the socket's; each trusted proxy appended the address it saw, so the
 * entry `hops` places before the last is the first one no client could write.
 */
export function clientAddress(request: Request, settings: TrustSettings = trustSettings()): string {
  const chain = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = chain.length - 1 - settings.trustedProxyHops;
  // Fewer entries than trusted hops: the request bypassed the proxies; the peer is all we know.
  return chain[index >= 0 ? index : chain.length - 1] ?? "unknown";
}
