"use server";

import { getTranslations } from "next-intl/server";
import { setSessionCookie } from "@/lib/auth/auth";
import { requestEmailChange } from "@/lib/auth/change-email";
import { changePassword } from "@/lib/auth/change-password";
import { changeEmailSchema, changePasswordSchema } from "@/lib/auth/schemas";
import { getCurrentSession } from "@/lib/auth/session";
import { requestAddress } from "@/lib/auth/sign-in";
import { AppError } from "@/lib/errors";
import { defineAction } from "@/lib/forms/define-action";

// These use cases need the session itself (its key), not only the user: auth is read here.
async function currentSessionOrFail() {
  const session = await getCurrentSession();
  if (!session) throw new AppError("UNAUTHENTICATED");
  return session;
}

export const changePasswordAction = defineAction(
  { auth: "none", schema: changePasswordSchema, fields: ["currentPassword", "newPassword"] },
  async ({ input }) => {
    const session = await currentSessionOrFail();
    const { sessionId } = await changePassword(session, input, await requestAddress());
    // Every session ended, this one too: the browser carries on with a new id.
    await setSessionCookie(sessionId);
    return { status: "done", message: (await getTranslations("auth.security"))("passwordDone") };
  },
);

export const changeEmailAction = defineAction(
  {
    auth: "none",
    schema: changeEmailSchema,
    fields: ["newEmail", "currentPassword"],
    keep: ["newEmail"],
  },
  async ({ input }) => {
    await requestEmailChange(await currentSessionOrFail(), input, await requestAddress());
    return { status: "done", message: (await getTranslations("auth.security"))("emailDone") };
  },
);
