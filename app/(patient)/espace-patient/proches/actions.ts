"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/forms/define-action";
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
    return {
      status: "done",
      message: `${input.firstName} ${input.lastName} a été ajouté(e) à vos proches.`,
    };
  },
);

// The use cases check again that the bound relative is the user's.
export const updateRelativeAction = defineAction(
  { auth: "user", ...relativeForm, bind: ["relativeId"] },
  async ({ user, input, bound }) => {
    await updateRelative(user, bound.relativeId, input);
    revalidatePath(RELATIVES_PATH, "layout");
    return { status: "done", message: "Les informations ont été enregistrées." };
  },
);

export const removeRelativeAction = defineAction(
  { auth: "user", bind: ["relativeId"] },
  async ({ user, bound }) => {
    await removeRelative(user, bound.relativeId);
    revalidatePath(RELATIVES_PATH, "layout");
    redirect(`${RELATIVES_PATH}?retire=1`);
  },
);
