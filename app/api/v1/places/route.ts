import { toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { suggestPlaces } from "@/lib/places/communes";
import { placesQueryShape, placesQuerySchema } from "@/lib/search/api/places-query";
import { readQueryParameters } from "@/lib/search/api/query-parameters";
import { CACHEABLE, jsonOk } from "@/lib/search/api/respond";

// Answered from the communes shipped with the app: no database, no third party.
export async function GET(request: Request): Promise<Response> {
  try {
    const { q } = readQueryParameters(new URL(request.url), placesQueryShape, placesQuerySchema);
    return jsonOk({ places: suggestPlaces(q) }, CACHEABLE);
  } catch (error) {
    return toErrorResponse(error, negotiateLocale(request.headers.get("accept-language")));
  }
}
