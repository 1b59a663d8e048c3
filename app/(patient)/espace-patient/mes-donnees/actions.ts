"use server";

import { redirect } from "next/navigation";
import { requestAddress, signOutCurrentUser } from "@/lib/auth/sign-in";
import { defineAction } from "@/lib/forms/define-action";
import { deleteAccount } from "@/lib/patients/account/delete-account";
import { deleteAccountInputSchema } from "@/lib/patients/schemas";

export const deleteAccountAction = defineAction(
  { auth: "user", schema: deleteAccountInputSchema, fields: ["password"] },
  async ({ user, input }) => {
    await deleteAccount(user, input, await requestAddress());
    // The session row went with the account; this also clears the cookie.
    await signOutCurrentUser();
    redirect("/compte-supprime");
  },
);
