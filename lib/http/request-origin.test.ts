import { describe, expect, it } from "vitest";
import {
  clientAddress,
  isCrossSiteRequest,
  trustSettings,
  type TrustSettings,
} from "./request-origin";

const LOCAL: TrustSettings = { appOrigin: null, trustedProxyHops: 0 };
const BEHIND_ONE_PROXY: TrustSettings = {
  appOrigin: "https://praxis.example",
  trustedProxyHops: 1,
};

function post(headers: Record<string, string>, method = "POST"): Request {
  return new Request("http://praxis.test/espace-patient/profil", { method, headers });
}

describe("isCrossSiteRequest", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE"])("refuses a %s from another site", (method) => {
    const request = post({ host: "praxis.test", origin: "http://evil.example" }, method);
    expect(isCrossSiteRequest(request, LOCAL)).toBe(true);
  });

  it("accepts our own origin (the Host addressed when APP_URL is unset)", () => {
    const request = post({ host: "praxis.test", origin: "http://praxis.test" });
    expect(isCrossSiteRequest(request, LOCAL)).toBe(false);
  });

  it.each(["http://evil.example", "http://praxis.test.evil.example", "null", "garbage"])(
    "refuses Origin %s",
    (origin) => {
      expect(isCrossSiteRequest(post({ host: "praxis.test", origin }), LOCAL)).toBe(true);
    },
  );

  it("never believes X-Forwarded-Host, which any client can send", () => {
    const request = post({
      host: "praxis.test",
      "x-forwarded-host": "evil.example",
      origin: "http://evil.example",
    });
    expect(isCrossSiteRequest(request, LOCAL)).toBe(true);
    expect(isCrossSiteRequest(request, BEHIND_ONE_PROXY)).toBe(true);
  });

  it("compares with APP_URL when set, whatever Host the proxy passed on", () => {
    const behindProxy = post({ host: "127.0.0.1:3000", origin: "https://praxis.example" });
    expect(isCrossSiteRequest(behindProxy, BEHIND_ONE_PROXY)).toBe(false);
    const otherScheme = post({ host: "praxis.example", origin: "http://praxis.example" });
    expect(isCrossSiteRequest(otherScheme, BEHIND_ONE_PROXY)).toBe(true);
  });

  it.each(["cross-site", "same-site"])(
    "refuses a request without Origin whose Sec-Fetch-Site is %s",
    (site) => {
      const request = post({ host: "praxis.test", "sec-fetch-site": site });
      expect(isCrossSiteRequest(request, LOCAL)).toBe(true);
    },
  );

  it.each(["same-origin", "none"])("accepts no Origin with Sec-Fetch-Site %s", (site) => {
    expect(isCrossSiteRequest(post({ "sec-fetch-site": site }), LOCAL)).toBe(false);
  });

  it("accepts a request with neither header (no browser, so no victim's cookies)", () => {
    expect(isCrossSiteRequest(post({ host: "praxis.test" }), LOCAL)).toBe(false);
  });

  it.each(["GET", "HEAD", "OPTIONS"])("lets a %s through whatever its origin", (method) => {
    const request = post({ host: "praxis.test", origin: "http://evil.example" }, method);
    expect(isCrossSiteRequest(request, LOCAL)).toBe(false);
  });
});

describe("clientAddress", () => {
  const forwardedFor = (chain: string) => post({ "x-forwarded-for": chain });

  it("takes the socket's address (the last entry) when no proxy is trusted", () => {
    expect(clientAddress(forwardedFor("203.0.113.9, 198.51.100.7"), LOCAL)).toBe("198.51.100.7");
  });

  it("ignores any entry a client wrote, however many", () => {
    const spoofed = forwardedFor("1.1.1.1, 2.2.2.2, 198.51.100.7");
    expect(clientAddress(spoofed, LOCAL)).toBe("198.51.100.7");
  });

  it("with one trusted proxy, takes the entry the proxy added, not the client's extra one", () => {
    // client-written, then what the proxy saw, then the proxy itself (the socket).
    const chain = forwardedFor("6.6.6.6, 203.0.113.9, 10.0.0.2");
    expect(clientAddress(chain, BEHIND_ONE_PROXY)).toBe("203.0.113.9");
    expect(clientAddress(chain, { ...BEHIND_ONE_PROXY, trustedProxyHops: 2 })).toBe("6.6.6.6");
  });

  it("falls back to the socket when the request bypassed the trusted proxies", () => {
    expect(clientAddress(forwardedFor("10.0.0.2"), BEHIND_ONE_PROXY)).toBe("10.0.0.2");
  });

  it("falls back to one shared bucket when no address is known", () => {
    expect(clientAddress(post({}), LOCAL)).toBe("unknown");
  });
});

describe("trustSettings", () => {
  it("trusts no proxy by default and keeps APP_URL's origin only", () => {
    expect(trustSettings({ APP_URL: "https://praxis.example/base/" })).toEqual({
      appOrigin: "https://praxis.example",
      trustedProxyHops: 0,
    });
    expect(trustSettings({ TRUSTED_PROXY_HOPS: "2" }).trustedProxyHops).toBe(2);
  });

  it("trusts nothing when the setting is malformed", () => {
    expect(trustSettings({ TRUSTED_PROXY_HOPS: "-1" }).trustedProxyHops).toBe(0);
  });
});
