import { jsonResponse } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { inviteSecretary } from "@/lib/secretariat/invite-secretary";
import { listSecretaries } from "@/lib/secretariat/manage-grants";
import { inviteSecretarySchema } from "@/lib/secretariat/schemas";

// GET: who has access to the practitioner's agenda. POST: give access (inviting a new address).
export const GET = route({ auth: ["PRACTITIONER"] }, async ({ user }) => ({
  secretaries: (await listSecretaries(user)).map(({ grantedAt, ...grant }) => ({
    ...grant,
    grantedAt: grantedAt.toISOString(),
  })),
}));

export const POST = route(
  { auth: ["PRACTITIONER"], body: inviteSecretarySchema },
  async ({ user, body }) => jsonResponse(await inviteSecretary(user, body), { status: 201 }),
);
