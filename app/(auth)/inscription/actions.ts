"use server";

import { after } from "next/server";
import { signUpSchema } from "@/lib/auth/schemas";
import { requestAddress } from "@/lib/auth/sign-in";
import { signUpPatient } from "@/lib/auth/sign-up-patient";
import { defineAction } from "@/lib/forms/define-action";

const KEPT = ["email", "firstName", "lastName", "birthDate"] as const;

export const signUpAction = defineAction(
  { auth: "none", schema: signUpSchema, fields: [...KEPT, "password"], keep: KEPT },
  async ({ input, values }) => {
    await signUpPatient(input, await requestAddress(), after);
    // Word for word the same for a new address and one that already has an account.
    return {
      status: "done",
      message: `Vérifiez votre boîte mail : un message vient d’être envoyé à ${values.email.trim().toLowerCase()} pour finaliser votre inscription.`,
    };
  },
);
