"use server";

import { redirect } from "next/navigation";
import { safeReturnPath } from "@/lib/auth/return-path";
import { signInSchema } from "@/lib/auth/schemas";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { defineAction } from "@/lib/forms/define-action";

const REFUSALS = {
  invalid: "Adresse e-mail ou mot de passe incorrect.",
  locked:
    "Trop de tentatives de connexion. Réessayez dans quelques minutes, ou choisissez un nouveau mot de passe.",
  unverified:
    "Confirmez d’abord votre adresse e-mail avec le lien que nous vous avons envoyé. Vous ne l’avez pas reçu ?",
} as const;

export const signInAction = defineAction(
  { auth: "none", schema: signInSchema, fields: ["email", "password"], keep: ["email"] },
  async ({ input, formData, values }) => {
    const result = await signInWithPassword(input);
    if (!result.ok) {
      return {
        status: "error",
        message: REFUSALS[result.reason],
        values,
        next: result.reason === "unverified" ? "resend-verification" : undefined,
      };
    }
    redirect(safeReturnPath(formData.get("retour")));
  },
);
