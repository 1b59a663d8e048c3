import "server-only";
import { getTranslations } from "next-intl/server";
import { PRACTITIONER_TITLES, TIME_ZONES } from "./options";

/** The practitioner form's words in the page's language, handed to the client form. */
export async function practitionerFormTexts() {
  const t = await getTranslations("admin.form");
  // Whole keys, so the catalogue check sees every title and zone read.
  const all = await getTranslations();
  return {
    email: t("email"),
    emailHint: t("emailHint"),
    title: t("title"),
    specialty: t("specialty"),
    choose: t("choose"),
    timeZone: t("timeZone"),
    titles: Object.fromEntries(
      PRACTITIONER_TITLES.map((key) => [key, all(`admin.form.titles.${key}`)]),
    ) as Record<(typeof PRACTITIONER_TITLES)[number], string>,
    zones: Object.fromEntries(
      Object.values(TIME_ZONES).map((key) => [key, all(`admin.form.zones.${key}`)]),
    ) as Record<(typeof TIME_ZONES)[keyof typeof TIME_ZONES], string>,
  };
}
