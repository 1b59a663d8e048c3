import { AppError, toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { cspReportMediaTypeOf } from "@/lib/csp-reports/parse-csp-reports";
import { recordCspReports } from "@/lib/csp-reports/record-csp-reports";
import { readLimitedText } from "@/lib/http/read-limited-body";
import { clientAddress, isForeignOrigin } from "@/lib/http/request-origin";
import { TokenBucketLimiter } from "@/lib/http/token-bucket";

const MAX_BODY_BYTES = 16 * 1024;

// 60 reports a minute per client; the global bucket caps database writes even when
// addresses are spoofed or plentiful.
const perClient = new TokenBucketLimiter({ capacity: 60, refillPerSecond: 1, maxKeys: 10_000 });
const overall = new TokenBucketLimiter({ capacity: 600, refillPerSecond: 10, maxKeys: 1 });

export async function POST(request: Request): Promise<Response> {
  try {
    if (isForeignOrigin(request)) throw new AppError("FORBIDDEN");
    if (!perClient.tryTake(clientAddress(request)) || !overall.tryTake("all")) {
      throw new AppError("RATE_LIMITED");
    }
    const mediaType = cspReportMediaTypeOf(request.headers.get("content-type"));
    const body = await readLimitedText(request, MAX_BODY_BYTES);
    await recordCspReports(mediaType, body);
    return new Response(null, { status: 204 });
  } catch (error) {
    return toErrorResponse(error, negotiateLocale(request.headers.get("accept-language")));
  }
}
