"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { appointmentPath, MY_APPOINTMENTS_PATH } from "@/lib/appointments/paths";
import { rescheduleAppointment } from "@/lib/appointments/reschedule-appointment";
import { rescheduleAppointmentInputSchema } from "@/lib/appointments/schemas";
import { SlotTakenError } from "@/lib/appointments/slot-taken";
import { defineAction } from "@/lib/forms/define-action";
import { redirect } from "@/lib/i18n/navigation";

// The use cases check again that the bound appointment is the user's.
export const cancelAppointmentAction = defineAction(
  { auth: "user", bind: ["appointmentId"] },
  async ({ user, bound }) => {
    await cancelAppointment(user, bound.appointmentId);
    revalidatePath(MY_APPOINTMENTS_PATH, "layout");
    redirect({
      href: `${appointmentPath(bound.appointmentId)}?annule=1`,
      locale: await getLocale(),
    });
  },
);

export const rescheduleAppointmentAction = defineAction(
  {
    auth: "user",
    bind: ["appointmentId"],
    schema: rescheduleAppointmentInputSchema,
    fields: ["startsAt"],
    // The page lists the slots still free: the one that was taken disappears from it.
    onError: (error) => {
      if (error instanceof SlotTakenError) revalidatePath(MY_APPOINTMENTS_PATH, "layout");
    },
  },
  async ({ user, input, bound }) => {
    const moved = await rescheduleAppointment(user, bound.appointmentId, input);
    revalidatePath(MY_APPOINTMENTS_PATH, "layout");
    redirect({
      href: `${appointmentPath(moved.appointment.id)}?deplace=1`,
      locale: await getLocale(),
    });
  },
);
