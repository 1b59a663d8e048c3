import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { DATA_SECURITY_HEADERS, STATIC_SECURITY_HEADERS } from "./lib/security/security-headers";

// Files that are not pages: proxy.ts skips them (its matcher), so their CSP is set here.
const SITE_FILE_SOURCES = [
  "/robots.txt",
  "/sitemap.xml",
  "/manifest.webmanifest",
  "/.well-known/:path*",
  "/icons/:path*",
  "/icon.svg",
  "/apple-icon.png",
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm start` builds without type checking (set by scripts/start); `npm test` checks types.
  typescript: { ignoreBuildErrors: process.env.PRAXIS_SKIP_TYPECHECK === "1" },
  // Lets several checkouts of work (or parallel test runs) build without sharing `.next`.
  distDir: process.env.PRAXIS_DIST_DIR || ".next",
  // Static security headers go on every response, static assets included; pages get their
  // per-request CSP (it carries a nonce) from proxy.ts, JSON answers a fixed one.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [...DATA_SECURITY_HEADERS] },
      { source: "/healthz", headers: [...DATA_SECURITY_HEADERS] },
      ...SITE_FILE_SOURCES.map((source) => ({ source, headers: [...DATA_SECURITY_HEADERS] })),
    ];
  },
};

// next-intl reads each request's language and catalogue from lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
