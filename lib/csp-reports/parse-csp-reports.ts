import "server-only";
import { AppError } from "@/lib/errors";
import {
  CSP_REPORT_MEDIA_TYPES,
  cspViolationReportBodySchema,
  reportingApiBodySchema,
  reportUriBodySchema,
  type CspReportMediaType,
  type RawCspViolation,
} from "./schemas";

export function cspReportMediaTypeOf(contentType: string | null): CspReportMediaType {
  const mediaType = contentType?.split(";")[0].trim().toLowerCase();
  const accepted = CSP_REPORT_MEDIA_TYPES.find((type) => type === mediaType);
  if (!accepted) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  return accepted;
}

// Turns a report body of either format into violations; anything malformed is a 400.
export function parseCspReports(mediaType: CspReportMediaType, body: string): RawCspViolation[] {
  const json = parseJson(body);
  return mediaType === "application/csp-report" ? fromReportUri(json) : fromReportingApi(json);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    throw new AppError("BAD_REQUEST", { cause: error });
  }
}

function fromReportUri(json: unknown): RawCspViolation[] {
  const parsed = reportUriBodySchema.safeParse(json);
  if (!parsed.success) throw new AppError("BAD_REQUEST");
  const report = parsed.data["csp-report"];
  return [
    {
      // Old browsers only send violated-directive, which may hold the whole directive.
      directive: report["effective-directive"] ?? report["violated-directive"] ?? "",
      blockedUrl: report["blocked-uri"] ?? "",
      documentUrl: report["document-uri"],
    },
  ];
}

function fromReportingApi(json: unknown): RawCspViolation[] {
  const parsed = reportingApiBodySchema.safeParse(json);
  if (!parsed.success) throw new AppError("BAD_REQUEST");
  return parsed.data
    .filter((report) => report.type === "csp-violation")
    .map((report) => {
      const body = cspViolationReportBodySchema.safeParse(report.body);
      if (!body.success) throw new AppError("BAD_REQUEST");
      return {
        directive: body.data.effectiveDirective,
        blockedUrl: body.data.blockedURL ?? "",
        documentUrl: body.data.documentURL,
      };
    });
}
