"use server";

import { getLocale } from "next-intl/server";
import { requestAddress, signOutCurrentUser } from "@/lib/auth/sign-in";
import { defineAction } from "@/lib/forms/define-action";
import { redirect } from "@/lib/i18n/navigation";
import { deleteAccount } from "@/lib/patients/account/delete-account";
import { deleteAccountInputSchema } from "@/lib/patients/schemas";

export const deleteAccountAction = defineAction(
  { auth: "user", schema: deleteAccountInputSchema, fields: ["password"] },
  async ({ user, input }) => {
    await deleteAccount(user, input, await requestAddress());
    // The session row went with the account; this also clears the cookie.
    await signOutCurrentUser();
    redirect({ href: "/compte-supprime", locale: await getLocale() });
  },
);
