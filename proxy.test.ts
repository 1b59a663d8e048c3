import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

// NextResponse.next({ request }) hands the rewritten request headers to Next as
// x-middleware-request-* response headers.
function forwardedRequestHeader(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

describe("proxy", () => {
  it("gives the page and Next the same fresh nonce", () => {
    const response = proxy(new NextRequest("http://praxis.test/"));
    const policy = response.headers.get("content-security-policy") ?? "";
    const nonce = forwardedRequestHeader(response, "x-nonce");

    expect(nonce).toBeTruthy();
    expect(policy).toContain(`'nonce-${nonce}'`);
    expect(forwardedRequestHeader(response, "content-security-policy")).toBe(policy);
    expect(response.headers.get("reporting-endpoints")).toBe('csp="/api/csp-report"');
  });

  it("changes the nonce on every request", () => {
    const nonceOf = () =>
      forwardedRequestHeader(proxy(new NextRequest("http://praxis.test/")), "x-nonce");
    expect(nonceOf()).not.toBe(nonceOf());
  });

  it("tells pages the requested path, whatever the client claimed", () => {
    const request = new NextRequest("http://praxis.test/espace-patient?onglet=2", {
      headers: { "x-praxis-path": "//attacker.example" },
    });
    expect(forwardedRequestHeader(proxy(request), "x-praxis-path")).toBe(
      "/espace-patient?onglet=2",
    );
  });
});

describe("proxy languages", () => {
  it("renders /en/… on the app's route with the language header", () => {
    const response = proxy(new NextRequest("http://praxis.test/en/recherche?q=gp"));
    expect(response.headers.get("x-middleware-rewrite")).toBe("http://praxis.test/recherche?q=gp");
    expect(forwardedRequestHeader(response, "x-praxis-locale")).toBe("en");
    expect(forwardedRequestHeader(response, "x-praxis-path")).toBe("/en/recherche?q=gp");
  });

  it("ignores a language header sent by the client", () => {
    const request = new NextRequest("http://praxis.test/recherche", {
      headers: { "x-praxis-locale": "de" },
    });
    expect(forwardedRequestHeader(proxy(request), "x-praxis-locale")).toBe("fr");
  });

  it("sends a German browser's first visit to /de", () => {
    const response = proxy(
      new NextRequest("http://praxis.test/", { headers: { "accept-language": "de" } }),
    );
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://praxis.test/de");
    expect(response.headers.get("vary")).toContain("Accept-Language");
  });
});
