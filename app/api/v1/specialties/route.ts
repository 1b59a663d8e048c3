import { z } from "zod";
import { route } from "@/lib/http/route";
import { CACHEABLE } from "@/lib/http/respond";
import { listSpecialties } from "@/lib/practitioners/list-specialties";

export const GET = route(
  { auth: "none", query: z.object({}), cacheControl: CACHEABLE },
  async () => ({ specialties: await listSpecialties() }),
);
