"use server";

import { getLocale } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { failureState } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { requireUser } from "@/lib/auth/session";
import { requestAddress, signOutCurrentUser } from "@/lib/auth/sign-in";
import { deleteAccount } from "@/lib/patients/account/delete-account";
import { deleteAccountInputSchema } from "@/lib/patients/schemas";
import { formFields } from "@/lib/utils/form-fields";

export async function deleteAccountAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser();
  try {
    const input = deleteAccountInputSchema.parse(formFields(formData, ["password"]));
    await deleteAccount(user, input, await requestAddress());
  } catch (error) {
    return failureState(error);
  }
  // The session row went with the account; this also clears the cookie.
  await signOutCurrentUser();
  return redirect({ href: "/compte-supprime", locale: await getLocale() }) as never;
}
