"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { cancelByPractice } from "@/lib/appointments/practice/cancel-by-practice";
import { changeAppointmentStatus } from "@/lib/appointments/practice/change-appointment-status";
import { moveByPractice } from "@/lib/appointments/practice/move-by-practice";
import { PRACTICE_AREA_PATH, practiceAppointmentPath } from "@/lib/appointments/practice/paths";
import {
  practiceCancelInputSchema,
  practiceMoveInputSchema,
  statusChangeInputSchema,
} from "@/lib/appointments/practice/schemas";
import { SlotTakenError } from "@/lib/appointments/slot-taken";
import { defineAction } from "@/lib/forms/define-action";
import { redirect } from "@/lib/i18n/navigation";

// The panel's forms. Each use case checks again that the bound appointment is in an
// agenda the user may change.

// One submit button per mark: its value names the status, "NO_SHOW:excused" the excused one.
function readStatusButton(formData: FormData) {
  const [status, excused] = String(formData.get("status") ?? "").split(":");
  return { status, ...(status === "NO_SHOW" && { excused: excused === "excused" }) };
}

export const changeStatusAction = defineAction(
  {
    auth: "user",
    bind: ["appointmentId"],
    schema: statusChangeInputSchema,
    read: readStatusButton,
  },
  async ({ user, input, bound }) => {
    await changeAppointmentStatus(user, bound.appointmentId, input);
    revalidatePath(PRACTICE_AREA_PATH, "layout");
    const t = await getTranslations("appointmentPanel.actions");
    return { status: "done", message: t("done") };
  },
);

export const moveAppointmentAction = defineAction(
  {
    auth: "user",
    bind: ["appointmentId"],
    schema: practiceMoveInputSchema,
    fields: ["startsAt"],
    // The list of free times changed: the page shows it again without the taken one.
    onError: (error) => {
      if (error instanceof SlotTakenError) revalidatePath(PRACTICE_AREA_PATH, "layout");
    },
  },
  async ({ user, input, bound }) => {
    const { appointment } = await moveByPractice(user, bound.appointmentId, input);
    revalidatePath(PRACTICE_AREA_PATH, "layout");
    redirect({
      href: practiceAppointmentPath(appointment.id, { deplace: "1" }),
      locale: await getLocale(),
    });
  },
);

export const cancelAppointmentAction = defineAction(
  {
    auth: "user",
    bind: ["appointmentId"],
    schema: practiceCancelInputSchema,
    fields: ["message"],
    keep: ["message"],
  },
  async ({ user, input, bound }) => {
    await cancelByPractice(user, bound.appointmentId, input);
    revalidatePath(PRACTICE_AREA_PATH, "layout");
    redirect({
      href: practiceAppointmentPath(bound.appointmentId, { annule: "1" }),
      locale: await getLocale(),
    });
  },
);
