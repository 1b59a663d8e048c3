"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { defineAction } from "@/lib/forms/define-action";
import type { Locale } from "@/lib/i18n/locales";
import { appointmentLinks } from "@/lib/practice-settings/appointment-links";
import { saveWeeklyHours } from "@/lib/practice-settings/save-weekly-hours";
import { weeklyHoursInputSchema } from "@/lib/practice-settings/schemas";

// The week's rows arrive as parallel lists (weekday, start, end); rows left empty are not ranges.
function readHours(formData: FormData) {
  const text = (name: string) => formData.getAll(name).map((value) => String(value).trim());
  const [weekdays, starts, ends] = [text("weekday"), text("start"), text("end")];
  return {
    locationId: formData.get("locationId"),
    effectiveFrom: formData.get("effectiveFrom"),
    ranges: weekdays.flatMap((weekday, index) =>
      starts[index] || ends[index]
        ? [{ weekday, start: starts[index] ?? "", end: ends[index] ?? "" }]
        : [],
    ),
  };
}

export const saveHoursAction = defineAction(
  { auth: "user", schema: weeklyHoursInputSchema, read: readHours },
  async ({ user, input }) => {
    const { outsideHours, timeZone } = await saveWeeklyHours(user, input);
    revalidatePath("/espace-praticien", "layout");
    const t = await getTranslations("practiceSettings.hours");
    const locale = (await getLocale()) as Locale;
    return {
      status: "done",
      message: t(outsideHours.length > 0 ? "savedWithOutside" : "saved", {
        count: outsideHours.length,
      }),
      appointments: appointmentLinks(outsideHours, locale, timeZone),
    };
  },
);
