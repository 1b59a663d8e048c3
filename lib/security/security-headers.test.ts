import { describe, expect, it } from "vitest";
import {
  buildDocumentSecurityHeaders,
  PERMISSIONS_POLICY,
  STATIC_SECURITY_HEADERS,
} from "./security-headers";

const staticHeaders = Object.fromEntries(
  STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value]),
);

describe("STATIC_SECURITY_HEADERS", () => {
  it("sets HSTS for two years, subdomains included, preload-ready", () => {
    expect(staticHeaders["Strict-Transport-Security"]).toBe(
      "max-age=63072000; includeSubDomains; preload",
    );
  });

  it("keeps URLs out of other sites' referrers and blocks sniffing and framing", () => {
    expect(staticHeaders["Referrer-Policy"]).toBe("same-origin");
    expect(staticHeaders["X-Content-Type-Options"]).toBe("nosniff");
    expect(staticHeaders["X-Frame-Options"]).toBe("DENY");
    expect(staticHeaders["Cross-Origin-Opener-Policy"]).toBe("same-origin");
    expect(staticHeaders["Cross-Origin-Resource-Policy"]).toBe("same-origin");
  });

  it("switches DNS prefetching off, so no link's host is looked up before a click", () => {
    expect(staticHeaders["X-DNS-Prefetch-Control"]).toBe("off");
  });

  it("switches off sensors, payment and the advertising APIs", () => {
    expect(staticHeaders["Permissions-Policy"]).toBe(PERMISSIONS_POLICY);
    const features = PERMISSIONS_POLICY.split(", ");
    for (const feature of [
      "camera",
      "microphone",
      "geolocation",
      "payment",
      "usb",
      "browsing-topics",
      "attribution-reporting",
      "join-ad-interest-group",
      "run-ad-auction",
      "interest-cohort",
    ]) {
      expect(features).toContain(`${feature}=()`);
    }
  });
});

describe("buildDocumentSecurityHeaders", () => {
  it("pairs the nonced CSP with the reporting endpoint it names", () => {
    const headers = Object.fromEntries(
      buildDocumentSecurityHeaders("xyz", false).map(({ key, value }) => [key, value]),
    );
    expect(headers["Content-Security-Policy"]).toContain("'nonce-xyz'");
    expect(headers["Content-Security-Policy"]).toContain("report-to csp");
    expect(headers["Reporting-Endpoints"]).toBe('csp="/api/csp-report"');
  });
});
