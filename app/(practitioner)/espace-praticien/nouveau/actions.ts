"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { bookByPractice } from "@/lib/appointments/practice/book-by-practice";
import { PRACTICE_AREA_PATH, practiceAppointmentPath } from "@/lib/appointments/practice/paths";
import { practiceBookingInputSchema } from "@/lib/appointments/practice/schemas";
import { defineAction } from "@/lib/forms/define-action";
import { redirect } from "@/lib/i18n/navigation";
import { blankAsMissing } from "@/lib/utils/form-fields";

const NEW_PATIENT_FIELDS = ["firstName", "lastName", "birthDate", "phone", "email"] as const;

// One form books a chosen own patient (patientId) or a new record (its fields), so both
// submissions go through the same action and the same use case.
function readBooking(formData: FormData) {
  const field = (name: string) => blankAsMissing(formData.get(name) ?? undefined);
  const patientId = field("patientId");
  return {
    startsAt: field("startsAt"),
    motiveId: field("motiveId"),
    practiceId: field("practiceId"),
    ...(patientId !== undefined
      ? { patientId }
      : {
          newPatient: Object.fromEntries(NEW_PATIENT_FIELDS.map((name) => [name, field(name)])),
        }),
  };
}

export const bookByPracticeAction = defineAction(
  {
    auth: "user",
    schema: practiceBookingInputSchema,
    read: readBooking,
    keep: ["motiveId", ...NEW_PATIENT_FIELDS],
    // Fixed when the page was shown: a second click or a resubmission books nothing more.
    bind: ["idempotencyKey"],
  },
  async ({ user, input, bound }) => {
    const { body } = await bookByPractice(user, input, { idempotencyKey: bound.idempotencyKey });
    revalidatePath(PRACTICE_AREA_PATH, "layout");
    redirect({
      href: practiceAppointmentPath(body.appointment.id, { reserve: "1" }),
      locale: await getLocale(),
    });
  },
);
