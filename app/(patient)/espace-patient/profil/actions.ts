"use server";

import { revalidatePath } from "next/cache";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { requireUser } from "@/lib/auth/session";
import { profileInputSchema } from "@/lib/patients/schemas";
import { updateProfile } from "@/lib/patients/update-profile";
import { formFields } from "@/lib/utils/form-fields";

const FIELDS = ["firstName", "lastName", "birthDate", "phone"] as const;

export async function saveProfile(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  try {
    await updateProfile(user, profileInputSchema.parse(formFields(formData, FIELDS)));
  } catch (error) {
    return failureState(error, typedValues(formData, [...FIELDS]));
  }
  revalidatePath("/espace-patient", "layout");
  return { status: "done", message: "Votre profil a été enregistré." };
}
