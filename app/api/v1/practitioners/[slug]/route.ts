import { z } from "zod";
import { toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { presentProfile } from "@/lib/search/api/presenters";
import { readQueryParameters } from "@/lib/search/api/query-parameters";
import { jsonOk, NO_STORE } from "@/lib/search/api/respond";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  try {
    readQueryParameters(new URL(request.url), {}, z.object({}));
    const profile = await getPublicProfile((await params).slug);
    return jsonOk(presentProfile(profile), NO_STORE);
  } catch (error) {
    return toErrorResponse(error, negotiateLocale(request.headers.get("accept-language")));
  }
}
