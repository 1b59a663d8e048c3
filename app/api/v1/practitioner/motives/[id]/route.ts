import { route } from "@/lib/http/route";
import { changeMotive } from "@/lib/practice-settings/motives";
import { motiveIdParams, motivePatchSchema } from "@/lib/practice-settings/schemas";

export const PATCH = route(
  { auth: ["PRACTITIONER", "SECRETARY"], params: motiveIdParams, body: motivePatchSchema },
  async ({ user, params, body }) => ({ motive: await changeMotive(user, params.id, body) }),
);
