import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

// NextResponse.next({ request }) hands the rewritten request headers to Next as
// x-middleware-request-* response headers.
function forwardedRequestHeader(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

describe("proxy", () => {
  it("gives the page and Next the same fresh nonce", async () => {
    const response = await proxy(new NextRequest("http://praxis.test/"));
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = forwardedRequestHeader(response, "x-nonce");

    expect(nonce).toBeTruthy();
    expect(policy).toContain(`'nonce-${nonce}'`);
    expect(forwardedRequestHeader(response, "content-security-policy")).toBe(policy);
    expect(response.headers.get("reporting-endpoints")).toBe('csp="/api/csp-report"');
  });

  it("changes the nonce on every request", async () => {
    const nonceOf = async () =>
      forwardedRequestHeader(await proxy(new NextRequest("http://praxis.test/")), "x-nonce");
    expect(await nonceOf()).not.toBe(await nonceOf());
  });

  it("tells pages the requested path, whatever the client claimed", async () => {
    const request = new NextRequest("http://praxis.test/espace-patient?onglet=2", {
      headers: { "x-praxis-path": "//attacker.example" },
    });
    expect(forwardedRequestHeader(await proxy(request), "x-praxis-path")).toBe(
      "/espace-patient?onglet=2",
    );
  });

  it("hands pages the campaign of a tagged navigation, and never one a client forged", async () => {
    const tagged = new NextRequest("http://praxis.test/recherche?q=kine&campagne=ete-2026", {
      headers: { "user-agent": "Mozilla/5.0 Chrome/131.0", "sec-fetch-site": "cross-site" },
    });
    expect(forwardedRequestHeader(await proxy(tagged), "x-praxis-campaign")).toBe("ete-2026");
    expect(forwardedRequestHeader(await proxy(tagged), "x-praxis-campaign-visit")).toBe("landing");

    const forged = new NextRequest("http://praxis.test/recherche?q=kine", {
      headers: { "x-praxis-campaign": "ete-2026", "x-praxis-campaign-visit": "landing" },
    });
    const response = await proxy(forged);
    expect(forwardedRequestHeader(response, "x-praxis-campaign")).toBeNull();
    expect(forwardedRequestHeader(response, "x-praxis-campaign-visit")).toBeNull();
  });
});

describe("proxy refusals", () => {
  const post = (path: string, headers: Record<string, string>) =>
    new NextRequest(`http://praxis.test${path}`, {
      method: "POST",
      headers: { host: "praxis.test", ...headers },
    });

  it.each<Record<string, string>>([
    { origin: "http://evil.example" },
    { origin: "null" },
    { "sec-fetch-site": "cross-site" },
  ])("answers 403, with the security headers, to a cross-origin POST %j", async (headers) => {
    const response = await proxy(post("/inscription", headers));
    expect(response.status).toBe(403);
    expect(response.headers.get("content-security-policy")).toContain("default-src");
    expect(response.headers.get("x-middleware-next")).toBeNull();
  });

  it("lets a same-origin POST through to Next", async () => {
    const response = await proxy(post("/inscription", { origin: "http://praxis.test" }));
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });

  it.each([
    "/admin",
    "/admin/praticiens",
    "/espace-praticien",
    "/espace-praticien/agenda",
    "/en/admin",
    "/de/espace-praticien/x",
  ])("shows an anonymous visitor of %s the 404 page", async (path) => {
    const response = await proxy(new NextRequest(`http://praxis.test${path}`));
    expect(response.headers.get("x-middleware-rewrite")).toContain("/_praxis/introuvable");
  });

  it("leaves staff pages to check the role of a visitor with a session", async () => {
    const request = new NextRequest("http://praxis.test/admin", {
      headers: { cookie: "__Host-praxis.session=x" },
    });
    expect((await proxy(request)).headers.get("x-middleware-rewrite")).toBeNull();
    const other = await proxy(new NextRequest("http://praxis.test/administration"));
    expect(other.headers.get("x-middleware-rewrite")).toBeNull();
  });
});

type CompileMatchers = (matcher: string[], nextConfig: object) => { regexp: string }[];

describe("proxy matcher", () => {
  // Compiled as Next compiles it, so the test checks the regular expression Next runs.
  async function runsProxy(): Promise<(path: string) => boolean> {
    // Internal to Next (not in its type declarations), hence the cast.
    const { getMiddlewareMatchers } =
      (await import("next/dist/build/analysis/get-page-static-info.js")) as unknown as {
        getMiddlewareMatchers: CompileMatchers;
      };
    const { config } = await import("./proxy");
    const matchers = getMiddlewareMatchers(config.matcher, {});
    return (path) => matchers.some(({ regexp }) => new RegExp(regexp).test(path));
  }

  it("skips only the exact static, image, icon, API and health paths", async () => {
    const matches = await runsProxy();
    for (const path of [
      "/_next/static/chunks/a.js",
      "/_next/image",
      "/favicon.ico",
      "/api/v1/x",
      "/healthz",
    ]) {
      expect(matches(path), path).toBe(false);
    }
  });

  it.each([
    "/healthzfoo",
    "/healthz.html",
    "/faviconXico",
    "/favicon.icon",
    "/_next/staticX/a",
    "/_next/static",
    "/_next/imageX",
    "/apifoo",
    "/api",
    "/",
    "/recherche",
  ])("runs on the look-alike or page %s", async (path) => {
    expect((await runsProxy())(path)).toBe(true);
  });
});

describe("proxy languages", () => {
  it("renders /en/… on the app's route with the language header", async () => {
    const response = await proxy(new NextRequest("http://praxis.test/en/recherche?q=gp"));
    expect(response.headers.get("x-middleware-rewrite")).toBe("http://praxis.test/recherche?q=gp");
    expect(forwardedRequestHeader(response, "x-praxis-locale")).toBe("en");
    expect(forwardedRequestHeader(response, "x-praxis-path")).toBe("/en/recherche?q=gp");
  });

  it("ignores a language header sent by the client", async () => {
    const request = new NextRequest("http://praxis.test/recherche", {
      headers: { "x-praxis-locale": "de" },
    });
    expect(forwardedRequestHeader(await proxy(request), "x-praxis-locale")).toBe("fr");
  });

  it("sends a German browser's first visit to /de", async () => {
    const response = await proxy(
      new NextRequest("http://praxis.test/", { headers: { "accept-language": "de" } }),
    );
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://praxis.test/de");
    expect(response.headers.get("vary")).toContain("Accept-Language");
  });
});
