"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { accountLocaleSchema, changeAccountLocale } from "@/lib/auth/account-locale";
import { defineAction } from "@/lib/forms/define-action";
import { profileInputSchema } from "@/lib/patients/schemas";
import { updateProfile } from "@/lib/patients/update-profile";
import { formFields } from "@/lib/utils/form-fields";

const FIELDS = ["firstName", "lastName", "birthDate", "phone"] as const;

export const saveProfile = defineAction(
  { auth: "user", schema: profileInputSchema, fields: FIELDS, keep: [...FIELDS, "locale"] },
  async ({ user, input, formData }) => {
    const language = accountLocaleSchema.parse(formFields(formData, ["locale"]));
    await updateProfile(user, input);
    await changeAccountLocale(user, language);
    revalidatePath("/espace-patient", "layout");
    return { status: "done", message: (await getTranslations("patient.profile"))("saved") };
  },
);
