import { describe, expect, it } from "vitest";
import { clientAddress, isCrossSiteRequest, isForeignOrigin } from "./request-origin";

function request(headers: Record<string, string>): Request {
  return new Request("http://praxis.test/api/csp-report", { method: "POST", headers });
}

describe("isForeignOrigin", () => {
  it("accepts a request without Origin, as browsers may send reports", () => {
    expect(isForeignOrigin(request({ host: "praxis.test" }))).toBe(false);
  });

  it("accepts our own origin", () => {
    expect(isForeignOrigin(request({ host: "praxis.test", origin: "https://praxis.test" }))).toBe(
      false,
    );
  });

  it("trusts the host a reverse proxy forwarded", () => {
    const behindProxy = request({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "praxis.test",
      origin: "https://praxis.test",
    });
    expect(isForeignOrigin(behindProxy)).toBe(false);
  });

  it.each(["https://attacker.example", "https://praxis.test.attacker.example", "null", "garbage"])(
    "rejects %s",
    (origin) => {
      expect(isForeignOrigin(request({ host: "praxis.test", origin }))).toBe(true);
    },
  );
});

describe("clientAddress", () => {
  it("takes the address the nearest hop saw", () => {
    expect(clientAddress(request({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" }))).toBe(
      "198.51.100.7",
    );
  });

  it("falls back to one shared bucket when no address is known", () => {
    expect(clientAddress(request({}))).toBe("unknown");
  });
});

describe("isCrossSiteRequest", () => {
  const withMethod = (method: string, headers: Record<string, string>) =>
    new Request("http://praxis.test/api/anything", {
      method,
      headers: { host: "praxis.test", ...headers },
    });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("accepts a same-origin %s", (method) => {
    expect(isCrossSiteRequest(withMethod(method, { origin: "https://praxis.test" }))).toBe(false);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("refuses a %s from another site", (method) => {
    expect(isCrossSiteRequest(withMethod(method, { origin: "https://attacker.example" }))).toBe(
      true,
    );
  });

  it("refuses a cross-site request whose browser sent no Origin", () => {
    expect(isCrossSiteRequest(withMethod("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
  });

  it("accepts a request without Origin nor Sec-Fetch-Site (not a browser, so no cookies of a victim)", () => {
    expect(isCrossSiteRequest(withMethod("POST", {}))).toBe(false);
  });

  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteRequest(withMethod("GET", { origin: "https://attacker.example" }))).toBe(
      false,
    );
  });
});
