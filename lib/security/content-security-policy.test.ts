import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce } from "./content-security-policy";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name, ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

describe("buildContentSecurityPolicy", () => {
  const production = directives(buildContentSecurityPolicy({ nonce: "abc123", isDev: false }));
  const development = directives(buildContentSecurityPolicy({ nonce: "abc123", isDev: true }));

  it("allows only nonced scripts, and what they load, in production", () => {
    expect(production.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(production.get("style-src")).toEqual(["'self'", "'nonce-abc123'"]);
  });

  it("locks down every other fetch and embedding", () => {
    expect(production.get("default-src")).toEqual(["'self'"]);
    expect(production.get("img-src")).toEqual(["'self'", "data:"]);
    expect(production.get("font-src")).toEqual(["'self'"]);
    expect(production.get("connect-src")).toEqual(["'self'"]);
    expect(production.get("object-src")).toEqual(["'none'"]);
    expect(production.get("base-uri")).toEqual(["'none'"]);
    expect(production.get("frame-ancestors")).toEqual(["'none'"]);
    expect(production.get("form-action")).toEqual(["'self'"]);
  });

  it("reports violations to our own endpoint", () => {
    expect(production.get("report-uri")).toEqual(["/api/csp-report"]);
    expect(production.get("report-to")).toEqual(["csp"]);
  });

  it("upgrades insecure requests in production only", () => {
    expect(production.has("upgrade-insecure-requests")).toBe(true);
    expect(development.has("upgrade-insecure-requests")).toBe(false);
  });

  it("never allows inline or eval'd script in production", () => {
    const policy = buildContentSecurityPolicy({ nonce: "n", isDev: false });
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("style-src-attr");
  });

  it("relaxes scripts and styles for next dev", () => {
    expect(development.get("script-src")).toContain("'unsafe-eval'");
    expect(development.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });
});

describe("createNonce", () => {
  it("returns 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
