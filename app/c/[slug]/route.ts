import { z } from "zod";
import { resolveShortLink } from "@/lib/campaigns/resolve-short-link";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";

// The short form of a campaign's tagged link: a 303 to the landing page, which counts.
export const GET = route(
  { auth: "none", params: z.object({ slug: z.string().max(40) }) },
  async ({ params }) => {
    const location = await resolveShortLink(params.slug);
    if (!location) throw new AppError("NOT_FOUND");
    return new Response(null, { status: 303, headers: { Location: location } });
  },
);
