import "server-only";
import { AppError } from "@/lib/errors";
import { isCrossOriginUnsafeRequest } from "@/lib/http/request-origin";

/**
 * Refuses (403) a state-changing request another site sent with the user's cookies (CSRF),
 * by the rule proxy.ts applies to pages and server actions. Every state-changing route
 * handler calls this (requireApiUser does).
 */
export function assertSameOrigin(request: Request): void {
  if (isCrossOriginUnsafeRequest(request)) throw new AppError("FORBIDDEN");
}
