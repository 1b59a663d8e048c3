import { route } from "@/lib/http/route";
import { getPractitionerSlots } from "@/lib/practitioners/get-practitioner-slots";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { availabilityQuerySchema, practitionerSlugParams } from "@/lib/practitioners/schemas";
import { presentSlots } from "@/lib/search/api/presenters";

export const GET = route(
  { auth: "none", params: practitionerSlugParams, query: availabilityQuerySchema },
  async ({ params, query }) => {
    const now = new Date();
    const profile = await getPublicProfile(params.slug, now);
    return presentSlots(await getPractitionerSlots(profile, query, now));
  },
);
