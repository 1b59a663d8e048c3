"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "@/lib/i18n/navigation";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { requireUser } from "@/lib/auth/session";
import { addRelative } from "@/lib/patients/add-relative";
import { removeRelative } from "@/lib/patients/remove-relative";
import { relativeInputSchema } from "@/lib/patients/schemas";
import { updateRelative } from "@/lib/patients/update-relative";
import { formFields } from "@/lib/utils/form-fields";

const FIELDS = ["relationship", "firstName", "lastName", "birthDate"] as const;
const RELATIVES_PATH = "/espace-patient/proches";

export async function addRelativeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  try {
    const input = relativeInputSchema.parse(formFields(formData, FIELDS));
    await addRelative(user, input);
    revalidatePath(RELATIVES_PATH);
    const t = await getTranslations("patient.relatives");
    return {
      status: "done",
      message: t("added", { name: `${input.firstName} ${input.lastName}` }),
    };
  } catch (error) {
    return failureState(error, typedValues(formData, [...FIELDS]));
  }
}

// `relativeId` is bound by the page; the use case checks again that it is the user's.
export async function updateRelativeAction(
  relativeId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser();
  try {
    await updateRelative(user, relativeId, relativeInputSchema.parse(formFields(formData, FIELDS)));
  } catch (error) {
    return failureState(error, typedValues(formData, [...FIELDS]));
  }
  revalidatePath(RELATIVES_PATH, "layout");
  return { status: "done", message: (await getTranslations("patient.relatives"))("saved") };
}

export async function removeRelativeAction(relativeId: string): Promise<FormState> {
  const user = await requireUser();
  try {
    await removeRelative(user, relativeId);
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(RELATIVES_PATH, "layout");
  return redirect({ href: `${RELATIVES_PATH}?retire=1`, locale: await getLocale() }) as never;
}
