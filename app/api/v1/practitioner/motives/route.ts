import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { createMotive, listMotives } from "@/lib/practice-settings/motives";
import { motiveInputSchema } from "@/lib/practice-settings/schemas";

const STAFF = ["PRACTITIONER", "SECRETARY"] as const;

export const GET = route({ auth: STAFF }, async ({ user }) => ({
  motives: await listMotives(user),
}));

export const POST = route({ auth: STAFF, body: motiveInputSchema }, async ({ user, body }) =>
  jsonResponse({ motive: await createMotive(user, body) }, { status: 201 }),
);
