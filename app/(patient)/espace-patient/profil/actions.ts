"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { accountLocaleSchema, changeAccountLocale } from "@/lib/auth/account-locale";
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
    const profile = profileInputSchema.parse(formFields(formData, FIELDS));
    const language = accountLocaleSchema.parse(formFields(formData, ["locale"]));
    await updateProfile(user, profile);
    await changeAccountLocale(user, language);
  } catch (error) {
    return failureState(error, typedValues(formData, [...FIELDS, "locale"]));
  }
  revalidatePath("/espace-patient", "layout");
  return { status: "done", message: (await getTranslations("patient.profile"))("saved") };
}
