"use server";

import { redirect } from "next/navigation";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";

const REFUSALS = {
  invalid: "Adresse e-mail ou mot de passe incorrect.",
  locked:
    "Trop de tentatives de connexion. Réessayez dans quelques minutes, ou choisissez un nouveau mot de passe.",
  unverified:
    "Confirmez d’abord votre adresse e-mail avec le lien que nous vous avons envoyé. Vous ne l’avez pas reçu ?",
} as const;

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return failureState(parsed.error, values);
  let result;
  try {
    result = await signInWithPassword(parsed.data);
  } catch (error) {
    return failureState(error, values);
  }
  if (!result.ok) {
    return {
      status: "error",
      message: REFUSALS[result.reason],
      values,
      next: result.reason === "unverified" ? "resend-verification" : undefined,
    };
  }
  redirect(safeReturnPath(formData.get("retour")));
}
