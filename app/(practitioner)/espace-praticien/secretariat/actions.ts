"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/forms/define-action";
import { inviteSecretary } from "@/lib/secretariat/invite-secretary";
import { changeSecretaryLevel, revokeSecretary } from "@/lib/secretariat/manage-grants";
import { changeGrantLevelSchema, inviteSecretarySchema } from "@/lib/secretariat/schemas";

// Each use case checks that the user owns the agenda ("settings" in lib/practice-access).
const PAGE_PATH = "/espace-praticien/secretariat";

export const inviteSecretaryAction = defineAction(
  {
    auth: "user",
    schema: inviteSecretarySchema,
    fields: ["email", "level"],
    keep: ["email", "level"],
  },
  async ({ user, input }) => {
    const { invited } = await inviteSecretary(user, input);
    revalidatePath(PAGE_PATH);
    const t = await getTranslations("secretariat.invite");
    return { status: "done", message: t(invited ? "invited" : "granted", { email: input.email }) };
  },
);

export const changeSecretaryLevelAction = defineAction(
  { auth: "user", bind: ["userId"], schema: changeGrantLevelSchema, fields: ["level"] },
  async ({ user, input, bound }) => {
    await changeSecretaryLevel(user, bound.userId, input.level);
    revalidatePath(PAGE_PATH);
    return { status: "done", message: (await getTranslations("secretariat.list"))("saved") };
  },
);

export const revokeSecretaryAction = defineAction(
  { auth: "user", bind: ["userId"] },
  async ({ user, bound }) => {
    await revokeSecretary(user, bound.userId);
    revalidatePath(PAGE_PATH);
    return { status: "done", message: (await getTranslations("secretariat.list"))("revoked") };
  },
);
