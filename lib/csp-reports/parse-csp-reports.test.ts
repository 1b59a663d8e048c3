import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { cspReportMediaTypeOf, parseCspReports } from "./parse-csp-reports";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : "not an AppError";
  }
  return undefined;
}

describe("cspReportMediaTypeOf", () => {
  it("accepts both report formats, parameters and case aside", () => {
    expect(cspReportMediaTypeOf("application/csp-report")).toBe("application/csp-report");
    expect(cspReportMediaTypeOf("Application/Reports+JSON; charset=utf-8")).toBe(
      "application/reports+json",
    );
  });

  it.each([null, "", "application/json", "text/plain"])("refuses %j with 415", (contentType) => {
    expect(codeOf(() => cspReportMediaTypeOf(contentType))).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});

describe("parseCspReports", () => {
  it("reads the report-uri format, preferring the effective directive", () => {
    const body = JSON.stringify({
      "csp-report": {
        "document-uri": "https://praxis.test/recherche?q=x",
        "violated-directive": "script-src-elem",
        "effective-directive": "script-src-elem",
        "blocked-uri": "inline",
        "script-sample": "alert(1)",
        "original-policy": "default-src 'self'",
      },
    });
    expect(parseCspReports("application/csp-report", body)).toEqual([
      {
        directive: "script-src-elem",
        blockedUrl: "inline",
        documentUrl: "https://praxis.test/recherche?q=x",
      },
    ]);
  });

  it("falls back on the violated directive of older browsers", () => {
    const body = JSON.stringify({
      "csp-report": {
        "document-uri": "https://praxis.test/",
        "violated-directive": "img-src 'self'",
      },
    });
    expect(parseCspReports("application/csp-report", body)).toEqual([
      { directive: "img-src 'self'", blockedUrl: "", documentUrl: "https://praxis.test/" },
    ]);
  });

  it("reads a Reporting API batch and skips other report types", () => {
    const body = JSON.stringify([
      {
        type: "csp-violation",
        age: 10,
        url: "https://praxis.test/",
        user_agent: "Mozilla/5.0",
        body: {
          documentURL: "https://praxis.test/",
          blockedURL: "https://cdn.example/font.woff2",
          effectiveDirective: "font-src",
          sample: "",
          disposition: "enforce",
        },
      },
      { type: "deprecation", url: "https://praxis.test/", body: { id: "x" } },
    ]);
    expect(parseCspReports("application/reports+json", body)).toEqual([
      {
        directive: "font-src",
        blockedUrl: "https://cdn.example/font.woff2",
        documentUrl: "https://praxis.test/",
      },
    ]);
  });

  it.each([
    ["not JSON", "application/csp-report", "{"],
    ["a report without its document", "application/csp-report", '{"csp-report":{}}'],
    ["a batch that is not an array", "application/reports+json", '{"type":"csp-violation"}'],
    ["a violation without a body", "application/reports+json", '[{"type":"csp-violation"}]'],
  ] as const)("refuses %s with 400", (_label, mediaType, body) => {
    expect(codeOf(() => parseCspReports(mediaType, body))).toBe("BAD_REQUEST");
  });
});
