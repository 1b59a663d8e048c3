"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/forms/define-action";
import { redirect } from "@/lib/i18n/navigation";
import { addRelative } from "@/lib/patients/add-relative";
import { removeRelative } from "@/lib/patients/remove-relative";
import { relativeInputSchema } from "@/lib/patients/schemas";
import { updateRelative } from "@/lib/patients/update-relative";

const FIELDS = ["relationship", "firstName", "lastName", "birthDate"] as const;
const RELATIVES_PATH = "/espace-patient/proches";
const relativeForm = { schema: relativeInputSchema, fields: FIELDS, keep: FIELDS };

export const addRelativeAction = defineAction(
  { auth: "user", ...relativeForm },
  async ({ user, input }) => {
    await addRelative(user, input);
    revalidatePath(RELATIVES_PATH);
    const t = await getTranslations("patient.relatives");
    return {
      status: "done",
      message: t("added", { name: `${input.firstName} ${input.lastName}` }),
    };
  },
);

// The use cases check again that the bound relative is the user's.
export const updateRelativeAction = defineAction(
  { auth: "user", ...relativeForm, bind: ["relativeId"] },
  async ({ user, input, bound }) => {
    await updateRelative(user, bound.relativeId, input);
    revalidatePath(RELATIVES_PATH, "layout");
    return { status: "done", message: (await getTranslations("patient.relatives"))("saved") };
  },
);

export const removeRelativeAction = defineAction(
  { auth: "user", bind: ["relativeId"] },
  async ({ user, bound }) => {
    await removeRelative(user, bound.relativeId);
    revalidatePath(RELATIVES_PATH, "layout");
    redirect({ href: `${RELATIVES_PATH}?retire=1`, locale: await getLocale() });
  },
);
