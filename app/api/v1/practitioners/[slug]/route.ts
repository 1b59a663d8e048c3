import { z } from "zod";
import { route } from "@/lib/http/route";
import { getPublicProfile } from "@/lib/practitioners/get-public-profile";
import { practitionerSlugParams } from "@/lib/practitioners/schemas";
import { presentProfile } from "@/lib/search/api/presenters";

export const GET = route(
  { auth: "none", params: practitionerSlugParams, query: z.object({}) },
  async ({ params }) => presentProfile(await getPublicProfile(params.slug)),
);
