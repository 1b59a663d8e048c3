import { cspReportMediaTypeOf } from "@/lib/csp-reports/parse-csp-reports";
import { recordCspReports } from "@/lib/csp-reports/record-csp-reports";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/request-origin";
import { route } from "@/lib/http/route";
import { TokenBucketLimiter } from "@/lib/http/token-bucket";

// 60 reports a minute per client; the global bucket caps database writes even when
// addresses are spoofed or plentiful.
const perClient = new TokenBucketLimiter({ capacity: 60, refillPerSecond: 1, maxKeys: 10_000 });
const overall = new TokenBucketLimiter({ capacity: 600, refillPerSecond: 10, maxKeys: 1 });

// Reports come as application/csp-report or application/reports+json: the raw text is parsed
// by the domain, which knows both formats.
export const POST = route(
  { auth: "none", body: "text", maxBodyBytes: 16 * 1024 },
  async ({ request, body }) => {
    if (!perClient.tryTake(clientAddress(request)) || !overall.tryTake("all")) {
      throw new AppError("RATE_LIMITED");
    }
    await recordCspReports(cspReportMediaTypeOf(request.headers.get("content-type")), body);
    return new Response(null, { status: 204 });
  },
);
