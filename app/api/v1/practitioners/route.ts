import { toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { presentSearch } from "@/lib/search/api/presenters";
import { readQueryParameters } from "@/lib/search/api/query-parameters";
import { jsonOk, NO_STORE, searchRefusal } from "@/lib/search/api/respond";
import { searchQuerySchema, searchQueryShape } from "@/lib/search/schemas";
import { searchPractitioners } from "@/lib/search/search-practitioners";

export async function GET(request: Request): Promise<Response> {
  try {
    const query = readQueryParameters(new URL(request.url), searchQueryShape, searchQuerySchema);
    const outcome = await searchPractitioners(query);
    if (outcome.kind !== "results") throw searchRefusal(outcome);
    return jsonOk(presentSearch(outcome), NO_STORE);
  } catch (error) {
    return toErrorResponse(error, negotiateLocale(request.headers.get("accept-language")));
  }
}
