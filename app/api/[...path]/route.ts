import { AppError, toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";

// Any other address under /api answers like the API does, in JSON, rather than with the
// HTML 404 page (which the API's fixed Content-Security-Policy would leave unstyled).
function notFound(request: Request): Response {
  const locale = negotiateLocale(request.headers.get("accept-language"));
  return toErrorResponse(new AppError("NOT_FOUND"), locale);
}

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
