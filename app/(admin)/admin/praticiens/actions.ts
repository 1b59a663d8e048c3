"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
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

// Each action checks the session; each use case checks the ADMIN role itself.

const DETAIL_FIELDS = ["title", "firstName", "lastName", "specialtyId", "timeZone"] as const;
const NEW_FIELDS = ["email", ...DETAIL_FIELDS] as const;
const LIST_PATH = "/admin/praticiens";

export const createPractitionerAction = defineAction(
  { auth: "user", schema: newPractitionerSchema, fields: NEW_FIELDS, keep: NEW_FIELDS },
  async ({ user, input }) => {
    const id = await createPractitioner(user, input);
    revalidatePath(LIST_PATH);
    redirect(`${LIST_PATH}/${id}?cree=1`);
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
    return { status: "done", message: "Les informations du praticien ont été enregistrées." };
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
    return {
      status: "done",
      message: verified
        ? "Le praticien est vérifié : il apparaît désormais dans la recherche."
        : "La vérification a été retirée : le praticien n’apparaît plus dans la recherche.",
    };
  },
);

export const resendInvitationAction = defineAction(
  { auth: "user", bind: ["practitionerId"] },
  async ({ user, bound }) => {
    await resendInvitation(user, bound.practitionerId);
    return { status: "done", message: "Une nouvelle invitation a été envoyée." };
  },
);
