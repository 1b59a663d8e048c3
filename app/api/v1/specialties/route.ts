import { z } from "zod";
import { CACHEABLE } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { listSpecialties } from "@/lib/practitioners/list-specialties";

export const GET = route(
  { auth: "none", query: z.object({}), cacheControl: CACHEABLE },
  async () => ({ specialties: await listSpecialties() }),
);
