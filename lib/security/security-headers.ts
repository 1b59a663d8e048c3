import {
  buildContentSecurityPolicy,
  CSP_REPORT_GROUP,
  CSP_REPORT_PATH,
} from "./content-security-policy";

// Loaded by next.config.ts and proxy.ts, so pure and free of "server-only".

// Powerful features and the advertising / attribution APIs are switched off for every origin.
const DISABLED_FEATURES = [
  "accelerometer",
  "attribution-reporting",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "interest-cohort",
  "join-ad-interest-group",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "run-ad-auction",
  "serial",
  "usb",
];

export const PERMISSIONS_POLICY = DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ");

export type HeaderEntry = { key: string; value: string };

// Identical on every response (HTML, JSON, static assets): set once in next.config.ts.
export const STATIC_SECURITY_HEADERS: readonly HeaderEntry[] = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  // Not even our origin leaks to other sites: a search URL can name a specialty.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // No name on a page is looked up ahead of a click: a prefetched lookup of a link's host
  // would tell that host's DNS, and whoever watches it, which page the visitor is reading.
  { key: "X-DNS-Prefetch-Control", value: "off" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

// JSON answers (/api, /healthz) and site files (robots.txt, sitemap, manifest, icons,
// /.well-known) load nothing and are never framed: a fixed policy, set in
// next.config.ts, so these requests skip proxy.ts, which costs a busy API route a quarter of
// its throughput.
export const DATA_SECURITY_HEADERS: readonly HeaderEntry[] = [
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
];

// Per-request headers: the CSP carries a fresh nonce, so proxy.ts sets them.
export function buildDocumentSecurityHeaders(nonce: string, isDev: boolean): HeaderEntry[] {
  return [
    { key: "Content-Security-Policy", value: buildContentSecurityPolicy({ nonce, isDev }) },
    { key: "Reporting-Endpoints", value: `${CSP_REPORT_GROUP}="${CSP_REPORT_PATH}"` },
  ];
}
