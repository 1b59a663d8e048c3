import { CACHEABLE } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";

// The same document for every request: built once, when the route is first loaded.
const document = buildOpenApiDocument();

export const GET = route({ auth: "none", cacheControl: CACHEABLE }, () => document);
