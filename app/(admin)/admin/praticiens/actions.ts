"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { createPractitioner } from "@/lib/admin/practitioners/create-practitioner";
import { resendInvitation } from "@/lib/admin/practitioners/resend-invitation";
import {
  newPractitionerSchema,
  practitionerDetailsSchema,
  verificationInputSchema,
} from "@/lib/admin/practitioners/schemas";
import { setPractitionerVerification } from "@/lib/admin/practitioners/set-practitioner-verification";
import { updatePractitioner } from "@/lib/admin/practitioners/update-practitioner";
import { failureState, typedValues } from "@/lib/auth/action-state";
import type { FormState } from "@/lib/auth/form-state";
import { requireUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { formFields } from "@/lib/utils/form-fields";

// Each action checks the session; each use case checks the ADMIN role itself.

const DETAIL_FIELDS = ["title", "firstName", "lastName", "specialtyId", "timeZone"] as const;
const NEW_FIELDS = ["email", ...DETAIL_FIELDS] as const;
const LIST_PATH = "/admin/praticiens";

export async function createPractitionerAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser();
  let id: string;
  try {
    id = await createPractitioner(
      user,
      newPractitionerSchema.parse(formFields(formData, NEW_FIELDS)),
    );
  } catch (error) {
    return failureState(error, typedValues(formData, [...NEW_FIELDS]));
  }
  revalidatePath(LIST_PATH);
  return redirect({ href: `${LIST_PATH}/${id}?cree=1`, locale: await getLocale() }) as never;
}

export async function updatePractitionerAction(
  practitionerId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser();
  try {
    const details = practitionerDetailsSchema.parse(formFields(formData, DETAIL_FIELDS));
    await updatePractitioner(user, practitionerId, details);
  } catch (error) {
    return failureState(error, typedValues(formData, [...DETAIL_FIELDS]));
  }
  revalidatePath(LIST_PATH, "layout");
  return { status: "done", message: (await getTranslations("admin.practitioner"))("saved") };
}

export async function setVerificationAction(
  practitionerId: string,
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const user = await requireUser();
  let verified: boolean;
  try {
    ({ verified } = verificationInputSchema.parse(formFields(formData, ["verified"])));
    await setPractitionerVerification(user, practitionerId, verified);
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(LIST_PATH, "layout");
  const t = await getTranslations("admin.practitioner");
  return { status: "done", message: verified ? t("verified") : t("unverified") };
}

export async function resendInvitationAction(practitionerId: string): Promise<FormState> {
  const user = await requireUser();
  try {
    await resendInvitation(user, practitionerId);
  } catch (error) {
    return failureState(error);
  }
  return {
    status: "done",
    message: (await getTranslations("admin.practitioner"))("invitationSent"),
  };
}
