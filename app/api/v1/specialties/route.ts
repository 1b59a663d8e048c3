import { toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { listSpecialties } from "@/lib/practitioners/list-specialties";
import { CACHEABLE, jsonOk } from "@/lib/search/api/respond";
import { readQueryParameters } from "@/lib/search/api/query-parameters";
import { z } from "zod";

export async function GET(request: Request): Promise<Response> {
  try {
    readQueryParameters(new URL(request.url), {}, z.object({}));
    return jsonOk({ specialties: await listSpecialties() }, CACHEABLE);
  } catch (error) {
    return toErrorResponse(error, negotiateLocale(request.headers.get("accept-language")));
  }
}
