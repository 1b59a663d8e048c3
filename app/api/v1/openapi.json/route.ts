import { buildOpenApiDocument } from "@/lib/search/api/openapi";
import { CACHEABLE, jsonOk } from "@/lib/search/api/respond";

export function GET(): Response {
  return jsonOk(buildOpenApiDocument(), CACHEABLE);
}
