"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import type { ActionState } from "@/lib/forms/action-state";
import { defineAction } from "@/lib/forms/define-action";
import { redirect } from "@/lib/i18n/navigation";
import { translatorFor } from "@/lib/i18n/translator";
import { createAbsenceFromForm, deleteAbsence } from "@/lib/practice-settings/absences";
import { appointmentLinks } from "@/lib/practice-settings/appointment-links";
import { absenceFormExtrasSchema, absenceFormSchema } from "@/lib/practice-settings/schemas";

const ABSENCES_PATH = "/espace-praticien/absences";
const KEPT = ["kind", "firstDay", "lastDay", "day", "start", "end", "label", "practitionerId"];

const readAbsence = (formData: FormData) =>
  Object.fromEntries([...KEPT, "decision"].map((name) => [name, formData.get(name) ?? undefined]));

/**
 * Adds an absence from the form. When appointments are booked in the period and the form
 * has not yet said what becomes of them, the answer lists them (a link to each) and the
 * form asks: keep them, or cancel them. What was typed comes back, so nothing is lost.
 */
export const createAbsenceAction = defineAction(
  {
    auth: "user",
    schema: absenceFormSchema.and(absenceFormExtrasSchema),
    read: readAbsence,
    keep: KEPT,
    onError: (error, { values, locale }) => bookedInPeriod(error, values, locale),
  },
  async ({ user, input }) => {
    const { label, practitionerId, decision, ...form } = input;
    const created = await createAbsenceFromForm(user, form, { label, practitionerId, decision });
    revalidatePath("/espace-praticien", "layout");
    const outcome = new URLSearchParams({
      ajout: "1",
      annules: String(created.cancelled),
      gardes: String(created.kept.length),
    });
    redirect({ href: `${ABSENCES_PATH}?${outcome}`, locale: await getLocale() });
  },
);

function bookedInPeriod(
  error: unknown,
  values: Record<string, string>,
  locale: Parameters<typeof translatorFor>[0],
): ActionState | void {
  if (!(error instanceof AppError) || error.code !== "CONFLICT" || !error.details) return;
  const { appointments, timeZone } = error.details as {
    appointments: { id: string; startsAt: Date }[];
    timeZone: string;
  };
  return {
    status: "error",
    message: translatorFor(locale)("practiceSettings.absences.appointmentsInPeriod", {
      count: appointments.length,
    }),
    values,
    appointments: appointmentLinks(appointments, locale, timeZone),
  };
}

export const deleteAbsenceAction = defineAction(
  { auth: "user", bind: ["absenceId", "practitionerId"] },
  async ({ user, bound }) => {
    await deleteAbsence(user, bound.absenceId, bound.practitionerId || undefined);
    revalidatePath("/espace-praticien", "layout");
    const t = await getTranslations("practiceSettings.absences");
    return { status: "done", message: t("deleted") };
  },
);
