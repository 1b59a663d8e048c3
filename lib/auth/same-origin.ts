import "server-only";
import { AppError } from "@/lib/errors";
import { isForeignOrigin } from "@/lib/http/request-origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE…) sent by another site with
 * the user's cookies (CSRF): its Origin names another host, or, when a browser sends no
 * Origin, its Sec-Fetch-Site says it is not same-origin. Server actions get the same check
 * from Next; every state-changing route handler calls this (requireApiUser does).
 */
export function assertSameOrigin(request: Request): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  const crossSite = fetchSite !== null && fetchSite !== "same-origin" && fetchSite !== "none";
  if (isForeignOrigin(request) || (request.headers.get("origin") === null && crossSite)) {
    throw new AppError("FORBIDDEN");
  }
}
