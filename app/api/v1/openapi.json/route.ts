import { buildOpenApiDocument } from "@/lib/search/api/openapi";
import { CACHEABLE, jsonOk } from "@/lib/search/api/respond";

// The same document for every request: built once, when the route is first loaded.
const document = buildOpenApiDocument();

export function GET(): Response {
  return jsonOk(document, CACHEABLE);
}
