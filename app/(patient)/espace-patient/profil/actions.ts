"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/forms/define-action";
import { profileInputSchema } from "@/lib/patients/schemas";
import { updateProfile } from "@/lib/patients/update-profile";

const FIELDS = ["firstName", "lastName", "birthDate", "phone"] as const;

export const saveProfile = defineAction(
  { auth: "user", schema: profileInputSchema, fields: FIELDS, keep: FIELDS },
  async ({ user, input }) => {
    await updateProfile(user, input);
    revalidatePath("/espace-patient", "layout");
    return { status: "done", message: "Votre profil a été enregistré." };
  },
);
