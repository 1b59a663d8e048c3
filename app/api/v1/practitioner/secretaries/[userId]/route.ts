import { route } from "@/lib/http/route";
import { changeSecretaryLevel, revokeSecretary } from "@/lib/secretariat/manage-grants";
import { changeGrantLevelSchema, secretaryParams } from "@/lib/secretariat/schemas";

// PATCH: change a secretary's level. DELETE: remove their access (next request: 404).
export const PATCH = route(
  { auth: ["PRACTITIONER"], params: secretaryParams, body: changeGrantLevelSchema },
  async ({ user, params, body }) => {
    await changeSecretaryLevel(user, params.userId, body.level);
    return { userId: params.userId, level: body.level };
  },
);

export const DELETE = route(
  { auth: ["PRACTITIONER"], params: secretaryParams },
  async ({ user, params }) => {
    await revokeSecretary(user, params.userId);
    return { revoked: true };
  },
);
