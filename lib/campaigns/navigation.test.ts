import { describe, expect, it } from "vitest";
import {
  CAMPAIGN_HEADER,
  CAMPAIGN_VISIT_HEADER,
  classifyCampaignRequest,
  setCampaignHeaders,
} from "./navigation";

const CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const TAGGED = "https://praxis.test/recherche?q=kine&campagne=printemps-2026";

function request(headers: Record<string, string> = {}, method = "GET", address = TAGGED) {
  return {
    method,
    url: new URL(address),
    headers: new Headers({ "user-agent": CHROME, ...headers }),
  };
}

const verdict = (...args: Parameters<typeof request>) => classifyCampaignRequest(request(...args));

describe("classifyCampaignRequest", () => {
  it("sees a landing in a navigation from elsewhere, and a journey step in one of ours", () => {
    for (const site of ["none", "cross-site", "same-site"]) {
      expect(verdict({ "sec-fetch-site": site, "sec-fetch-mode": "navigate" })).toEqual({
        campaign: "printemps-2026",
        visit: "landing",
      });
    }
    expect(verdict({ "sec-fetch-site": "same-origin" }).visit).toBe("navigation");
  });

  it("falls back on the Referer when the browser sends no fetch metadata", () => {
    expect(verdict({ referer: "https://praxis.test/" }).visit).toBe("navigation");
    expect(verdict({ referer: "https://news.example/article" }).visit).toBe("landing");
    expect(verdict({}).visit).toBe("landing");
  });

  it("counts a click on a client-side link (an RSC request without prefetch headers)", () => {
    expect(verdict({ rsc: "1", "sec-fetch-site": "same-origin" }).visit).toBe("navigation");
  });

  it.each<[string, Record<string, string>]>([
    ["Next's router prefetch", { rsc: "1", "next-router-prefetch": "1" }],
    ["Next's segment prefetch", { rsc: "1", "next-router-segment-prefetch": "/_tree" }],
    ["an HMR refresh", { rsc: "1", "next-hmr-refresh": "1" }],
    ["a speculation-rules prefetch", { "sec-purpose": "prefetch" }],
    ["a prerender", { "sec-purpose": "prefetch;prerender" }],
    ["an old link prefetch", { purpose: "prefetch" }],
    ["Firefox's prefetch", { "x-moz": "prefetch", "x-purpose": "preview" }],
  ])("never counts %s", (_, headers) => {
    expect(verdict({ "sec-fetch-site": "same-origin", ...headers }).visit).toBeNull();
  });

  it.each(["HEAD", "POST", "OPTIONS"])("never counts a %s request", (method) => {
    expect(verdict({}, method).visit).toBeNull();
  });

  it.each([
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "curl/8.5.0",
    "python-requests/2.32.3",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
  ])("never counts a crawler or a script: %s", (userAgent) => {
    expect(verdict({ "user-agent": userAgent }).visit).toBeNull();
  });

  it("never counts a request without a user agent", () => {
    const headers = new Headers();
    expect(
      classifyCampaignRequest({ method: "GET", url: new URL(TAGGED), headers }).visit,
    ).toBeNull();
  });

  it("keeps the campaign of a prefetch for its links, without counting it", () => {
    expect(verdict({ "next-router-prefetch": "1" })).toEqual({
      campaign: "printemps-2026",
      visit: null,
    });
  });

  it.each([
    ["no campaign", "https://praxis.test/recherche"],
    ["a 10,000-character value", `https://praxis.test/?campagne=${"a".repeat(10_000)}`],
    ["HTML", `https://praxis.test/?campagne=${encodeURIComponent("<b>x</b>")}`],
    ["an empty value", "https://praxis.test/?campagne="],
  ])("ignores %s", (_, address) => {
    expect(verdict({}, "GET", address)).toEqual({ campaign: null, visit: null });
  });
});

describe("setCampaignHeaders", () => {
  it("replaces whatever the client claimed with the proxy's verdict", () => {
    const target = new Headers({
      [CAMPAIGN_HEADER]: "forged",
      [CAMPAIGN_VISIT_HEADER]: "landing",
    });
    setCampaignHeaders(target, request({ "sec-fetch-site": "same-origin" }));
    expect(target.get(CAMPAIGN_HEADER)).toBe("printemps-2026");
    expect(target.get(CAMPAIGN_VISIT_HEADER)).toBe("navigation");

    setCampaignHeaders(target, request({}, "GET", "https://praxis.test/"));
    expect(target.has(CAMPAIGN_HEADER)).toBe(false);
    expect(target.has(CAMPAIGN_VISIT_HEADER)).toBe(false);
  });
});
