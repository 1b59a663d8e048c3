import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "./same-origin";

function request(method: string, headers: Record<string, string>): Request {
  return new Request("http://praxis.test/api/anything", {
    method,
    headers: { host: "praxis.test", ...headers },
  });
}

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : "not an AppError";
  }
}

describe("assertSameOrigin", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE"])("accepts a same-origin %s", (method) => {
    const sameOrigin = request(method, { origin: "https://praxis.test" });
    expect(codeOf(() => assertSameOrigin(sameOrigin))).toBeNull();
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("refuses a %s from another site", (method) => {
    const foreign = request(method, { origin: "https://attacker.example" });
    expect(codeOf(() => assertSameOrigin(foreign))).toBe("FORBIDDEN");
  });

  it("refuses a cross-site request whose browser sent no Origin", () => {
    const noOrigin = request("POST", { "sec-fetch-site": "cross-site" });
    expect(codeOf(() => assertSameOrigin(noOrigin))).toBe("FORBIDDEN");
  });

  it("accepts a request without Origin nor Sec-Fetch-Site (not a browser, so no cookies of a victim)", () => {
    expect(codeOf(() => assertSameOrigin(request("POST", {})))).toBeNull();
  });

  it("lets reads through whatever their origin", () => {
    const foreignRead = request("GET", { origin: "https://attacker.example" });
    expect(codeOf(() => assertSameOrigin(foreignRead))).toBeNull();
  });
});
