import "server-only";
import { countByKey, normaliseViolation } from "./normalise-violation";
import { parseCspReports } from "./parse-csp-reports";
import { incrementCspReport } from "./queries";
import type { CspReportKey, CspReportMediaType } from "./schemas";

// Stores the violations of one report body as per-day aggregates; returns how many were kept.
export async function recordCspReports(
  mediaType: CspReportMediaType,
  body: string,
  now: Date = new Date(),
): Promise<number> {
  const keys = parseCspReports(mediaType, body)
    .map(normaliseViolation)
    .filter((key): key is CspReportKey => key !== null);
  const day = utcDay(now);
  for (const { key, count } of countByKey(keys)) {
    await incrementCspReport(day, key, count, now);
  }
  return keys.length;
}

function utcDay(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}
