"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/forms/define-action";
import { saveBookingRules } from "@/lib/practice-settings/booking-rules";
import { bookingRulesSchema } from "@/lib/practice-settings/schemas";

const NUMBER_FIELDS = [
  "minNoticeMinutes",
  "bookingHorizonDays",
  "bufferMinutes",
  "cancellationDeadlineHours",
] as const;

export const saveBookingRulesAction = defineAction(
  {
    auth: "user",
    schema: bookingRulesSchema,
    read: (formData) => ({
      ...Object.fromEntries(NUMBER_FIELDS.map((field) => [field, formData.get(field) ?? ""])),
      acceptsNewPatients: formData.get("acceptsNewPatients") === "on",
    }),
    keep: NUMBER_FIELDS,
  },
  async ({ user, input }) => {
    await saveBookingRules(user, input);
    revalidatePath("/espace-praticien", "layout");
    return { status: "done", message: (await getTranslations("practiceSettings.rules"))("saved") };
  },
);
