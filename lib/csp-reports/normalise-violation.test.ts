import { describe, expect, it } from "vitest";
import {
  blockedHostOf,
  countByKey,
  directiveName,
  documentPathOf,
  normaliseViolation,
} from "./normalise-violation";

describe("directiveName", () => {
  it("keeps the directive name only", () => {
    expect(directiveName("script-src-elem")).toBe("script-src-elem");
    expect(directiveName("  Style-Src 'self' 'nonce-abc'")).toBe("style-src");
  });

  it("rejects anything that is not a directive name", () => {
    expect(directiveName("")).toBeNull();
    expect(directiveName("<script>")).toBeNull();
    expect(directiveName("a".repeat(100))).toBeNull();
  });
});

describe("blockedHostOf", () => {
  it("keeps only the host of a blocked URL", () => {
    expect(blockedHostOf("https://Tracker.example:8443/pixel.gif?user=42#x")).toBe(
      "tracker.example:8443",
    );
    expect(blockedHostOf("wss://socket.example/live")).toBe("socket.example");
  });

  it("keeps the keywords browsers use for inline code and special sources", () => {
    for (const keyword of ["inline", "eval", "wasm-eval", "data", "blob"]) {
      expect(blockedHostOf(keyword)).toBe(keyword);
    }
  });

  it("reduces other URLs to their scheme", () => {
    expect(blockedHostOf("data:image/png;base64,AAAA")).toBe("data");
    expect(blockedHostOf("chrome-extension://abcdefgh/script.js")).toBe("chrome-extension");
  });

  it("says unknown for anything else", () => {
    expect(blockedHostOf("")).toBe("unknown");
    expect(blockedHostOf("not a url")).toBe("unknown");
  });
});

describe("documentPathOf", () => {
  it("drops the origin, query string and fragment", () => {
    expect(documentPathOf("https://praxis.test/recherche?q=psychiatre&place=Lyon#resultats")).toBe(
      "/recherche",
    );
  });

  it("replaces identifiers and tokens in the path", () => {
    expect(
      documentPathOf("https://praxis.test/rendez-vous/123e4567-e89b-12d3-a456-426614174000"),
    ).toBe("/rendez-vous/:id");
    expect(documentPathOf("https://praxis.test/factures/2024/15")).toBe("/factures/:id/:id");
    expect(documentPathOf("https://praxis.test/reinitialiser/Zm9vYmFyYmF6cXV4cXV1eGNvcmdl")).toBe(
      "/reinitialiser/:id",
    );
    expect(documentPathOf("https://praxis.test/praticiens/dr-claire-martin")).toBe(
      "/praticiens/dr-claire-martin",
    );
  });

  it("bounds the length and refuses what is not a URL", () => {
    expect(documentPathOf(`https://praxis.test/${"a/".repeat(400)}`)?.length).toBe(300);
    expect(documentPathOf("nonsense")).toBeNull();
  });
});

describe("normaliseViolation", () => {
  it("keeps nothing but directive, blocked host and page path", () => {
    expect(
      normaliseViolation({
        directive: "img-src",
        blockedUrl: "https://ads.example/p.gif?id=1",
        documentUrl: "https://praxis.test/recherche?q=ivg",
      }),
    ).toEqual({ directive: "img-src", blockedHost: "ads.example", documentPath: "/recherche" });
  });

  it("drops a violation it cannot attribute", () => {
    expect(
      normaliseViolation({ directive: "", blockedUrl: "", documentUrl: "https://x.test/" }),
    ).toBeNull();
    expect(
      normaliseViolation({ directive: "img-src", blockedUrl: "", documentUrl: "" }),
    ).toBeNull();
  });
});

describe("countByKey", () => {
  it("merges identical violations into one count", () => {
    const a = { directive: "img-src", blockedHost: "ads.example", documentPath: "/" };
    const b = { directive: "font-src", blockedHost: "cdn.example", documentPath: "/" };
    expect(countByKey([a, b, { ...a }])).toEqual([
      { key: a, count: 2 },
      { key: b, count: 1 },
    ]);
  });
});
