import { z } from "zod";

// Only the fields Praxis keeps are declared; zod drops everything else (samples, source
// files, user agent, referrer) before any of it can be stored.

// `report-uri` format, sent as application/csp-report.
export const reportUriBodySchema = z.object({
  "csp-report": z.object({
    "document-uri": z.string(),
    "effective-directive": z.string().optional(),
    "violated-directive": z.string().optional(),
    "blocked-uri": z.string().optional(),
  }),
});

// Reporting API batch, sent as application/reports+json; it may mix in other report types.
export const reportingApiBodySchema = z.array(z.object({ type: z.string(), body: z.unknown() }));

export const cspViolationReportBodySchema = z.object({
  documentURL: z.string(),
  effectiveDirective: z.string(),
  blockedURL: z.string().optional(),
});

// A violation as the browser described it, before normalisation.
export type RawCspViolation = {
  directive: string;
  blockedUrl: string;
  documentUrl: string;
};

// What is stored: no full URL, no query string, no client data.
export type CspReportKey = {
  directive: string;
  blockedHost: string;
  documentPath: string;
};

export const CSP_REPORT_MEDIA_TYPES = [
  "application/csp-report",
  "application/reports+json",
] as const;

export type CspReportMediaType = (typeof CSP_REPORT_MEDIA_TYPES)[number];
