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
import { defineAction } from "@/lib/forms/define-action";
import { redirect } from "@/lib/i18n/navigation";

// Each action checks the session; each use case checks the ADMIN role itself.

const DETAIL_FIELDS = ["title", "firstName", "lastName", "specialtyId", "timeZone"] as const;
const NEW_FIELDS = ["email", ...DETAIL_FIELDS] as const;
const LIST_PATH = "/admin/praticiens";

export const createPractitionerAction = defineAction(
  { auth: "user", schema: newPractitionerSchema, fields: NEW_FIELDS, keep: NEW_FIELDS },
  async ({ user, input }) => {
    const id = await createPractitioner(user, input);
    revalidatePath(LIST_PATH);
    redirect({ href: `${LIST_PATH}/${id}?cree=1`, locale: await getLocale() });
  },
);

export const updatePractitionerAction = defineAction(
  {
    auth: "user",
    bind: ["practitionerId"],
    schema: practitionerDetailsSchema,
    fields: DETAIL_FIELDS,
    keep: DETAIL_FIELDS,
  },
  async ({ user, input, bound }) => {
    await updatePractitioner(user, bound.practitionerId, input);
    revalidatePath(LIST_PATH, "layout");
    return { status: "done", message: (await getTranslations("admin.practitioner"))("saved") };
  },
);

export const setVerificationAction = defineAction(
  {
    auth: "user",
    bind: ["practitionerId"],
    schema: verificationInputSchema,
    fields: ["verified"],
  },
  async ({ user, input: { verified }, bound }) => {
    await setPractitionerVerification(user, bound.practitionerId, verified);
    revalidatePath(LIST_PATH, "layout");
    const t = await getTranslations("admin.practitioner");
    return { status: "done", message: verified ? t("verified") : t("unverified") };
  },
);

export const resendInvitationAction = defineAction(
  { auth: "user", bind: ["practitionerId"] },
  async ({ user, bound }) => {
    await resendInvitation(user, bound.practitionerId);
    return {
      status: "done",
      message: (await getTranslations("admin.practitioner"))("invitationSent"),
    };
  },
);
