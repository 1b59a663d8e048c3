import { toErrorResponse } from "@/lib/errors";
import { negotiateLocale } from "@/lib/i18n/accept-language";
import { getPractitionerSlots } from "@/lib/practitioners/get-practitioner-slots";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { availabilityQuerySchema, availabilityQueryShape } from "@/lib/practitioners/schemas";
import { presentSlots } from "@/lib/search/api/presenters";
import { readQueryParameters } from "@/lib/search/api/query-parameters";
import { jsonOk, NO_STORE } from "@/lib/search/api/respond";

export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  try {
    const query = readQueryParameters(
      new URL(request.url),
      availabilityQueryShape,
      availabilityQuerySchema,
    );
    const now = new Date();
    const profile = await getPublicProfile((await params).slug, now);
    return jsonOk(presentSlots(await getPractitionerSlots(profile, query, now)), NO_STORE);
  } catch (error) {
    return toErrorResponse(error, negotiateLocale(request.headers.get("accept-language")));
  }
}
