"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { revokeFeed, rotateFeed, setFeedInitials } from "@/lib/calendar-feed/manage-feed";
import { feedInitialsSchema } from "@/lib/calendar-feed/schemas";
import { defineAction } from "@/lib/forms/define-action";

// Each use case checks the role itself (practitioner or secretary).
const PAGE_PATH = "/espace-praticien/calendrier";

export const rotateFeedAction = defineAction({ auth: "user" }, async ({ user }) => {
  const { url } = await rotateFeed(user);
  revalidatePath(PAGE_PATH);
  // The URL is shown this once: only its hash is stored.
  return {
    status: "done",
    message: (await getTranslations("calendarFeed.page"))("created"),
    secret: url,
  };
});

export const revokeFeedAction = defineAction({ auth: "user" }, async ({ user }) => {
  await revokeFeed(user);
  revalidatePath(PAGE_PATH);
  return { status: "done", message: (await getTranslations("calendarFeed.page"))("revoked") };
});

export const feedInitialsAction = defineAction(
  {
    auth: "user",
    schema: feedInitialsSchema,
    // An unticked box sends nothing: that means "no".
    read: (formData) => ({ showInitials: formData.get("showInitials") ?? "false" }),
  },
  async ({ user, input }) => {
    await setFeedInitials(user, input.showInitials);
    revalidatePath(PAGE_PATH);
    return {
      status: "done",
      message: (await getTranslations("calendarFeed.page"))("initialsSaved"),
    };
  },
);
