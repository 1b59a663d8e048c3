import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

// Any other address under /api answers like the API does, in JSON, rather than with the
// HTML 404 page (which the API's fixed Content-Security-Policy would leave unstyled).
const notFound = route({ auth: "none" }, () => {
  throw new AppError("NOT_FOUND");
});

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
