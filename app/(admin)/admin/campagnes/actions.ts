"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import {
  changeCampaign,
  createCampaign,
  saveCampaignDetails,
} from "@/lib/campaigns/manage-campaigns";
import {
  archiveInputSchema,
  campaignDetailsSchema,
  newCampaignSchema,
} from "@/lib/campaigns/schemas";
import { AppError } from "@/lib/errors";
import type { ActionState } from "@/lib/forms/action-state";
import { defineAction } from "@/lib/forms/define-action";
import type { Locale } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { translatorFor } from "@/lib/i18n/translator";

// Each action checks the session; each use case checks the ADMIN role itself.

const DETAIL_FIELDS = [
  "name",
  "channel",
  "startsOn",
  "endsOn",
  "budgetEuros",
  "landingPath",
] as const;
const NEW_FIELDS = ["slug", ...DETAIL_FIELDS] as const;
const LIST_PATH = "/admin/campagnes";

// A slug taken meanwhile (the unique index said so) is the slug field's error.
function slugTaken(
  error: unknown,
  { values, locale }: { values: Record<string, string>; locale: Locale },
): ActionState | void {
  if (!(error instanceof AppError) || error.messageKey !== "campaigns.errors.slugTaken") return;
  const t = translatorFor(locale);
  return {
    status: "error",
    message: t("errors.formHasErrors"),
    fieldErrors: { slug: [t("campaigns.errors.slugTaken")] },
    values,
  };
}

export const createCampaignAction = defineAction(
  {
    auth: "user",
    schema: newCampaignSchema,
    fields: NEW_FIELDS,
    keep: NEW_FIELDS,
    onError: slugTaken,
  },
  async ({ user, input }) => {
    const campaign = await createCampaign(user, input);
    revalidatePath(LIST_PATH);
    redirect({ href: `${LIST_PATH}/${campaign.slug}?creee=1`, locale: await getLocale() });
  },
);

export const updateCampaignAction = defineAction(
  {
    auth: "user",
    bind: ["slug"],
    schema: campaignDetailsSchema,
    fields: DETAIL_FIELDS,
    keep: DETAIL_FIELDS,
  },
  async ({ user, input, bound }) => {
    const campaign = await saveCampaignDetails(user, bound.slug, input);
    revalidatePath(LIST_PATH, "layout");
    redirect({ href: `${LIST_PATH}/${campaign.slug}?modifiee=1`, locale: await getLocale() });
  },
);

export const setCampaignArchivedAction = defineAction(
  { auth: "user", bind: ["slug"], schema: archiveInputSchema, fields: ["archived"] },
  async ({ user, input: { archived }, bound }) => {
    await changeCampaign(user, bound.slug, { archived });
    revalidatePath(LIST_PATH, "layout");
    const t = await getTranslations("campaigns.detail");
    return { status: "done", message: archived ? t("archivedDone") : t("restoredDone") };
  },
);
