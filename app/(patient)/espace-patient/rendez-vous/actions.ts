"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import type { SubmissionState } from "@/components/ui/form-status";
import { cancelAppointment } from "@/lib/appointments/cancel-appointment";
import { appointmentPath, MY_APPOINTMENTS_PATH } from "@/lib/appointments/paths";
import { rescheduleAppointment } from "@/lib/appointments/reschedule-appointment";
import { rescheduleAppointmentInputSchema } from "@/lib/appointments/schemas";
import { SlotTakenError } from "@/lib/appointments/slot-taken";
import { failureState } from "@/lib/auth/action-state";
import { requireUser } from "@/lib/auth/session";
import { redirect } from "@/lib/i18n/navigation";
import { formFields } from "@/lib/utils/form-fields";

// `appointmentId` is bound by the page; the use cases check again that it is the user's.
export async function cancelAppointmentAction(appointmentId: string): Promise<SubmissionState> {
  const user = await requireUser();
  try {
    await cancelAppointment(user, appointmentId);
  } catch (error) {
    return failureState(error);
  }
  revalidatePath(MY_APPOINTMENTS_PATH, "layout");
  return redirect({
    href: `${appointmentPath(appointmentId)}?annule=1`,
    locale: await getLocale(),
  }) as never;
}

export async function rescheduleAppointmentAction(
  appointmentId: string,
  _state: SubmissionState,
  formData: FormData,
): Promise<SubmissionState> {
  const user = await requireUser();
  let newId: string;
  try {
    const input = rescheduleAppointmentInputSchema.parse(formFields(formData, ["startsAt"]));
    newId = (await rescheduleAppointment(user, appointmentId, input)).appointment.id;
  } catch (error) {
    const state = await failureState(error);
    // The page lists the slots still free: the one that was taken disappears from it.
    if (error instanceof SlotTakenError) revalidatePath(MY_APPOINTMENTS_PATH, "layout");
    return state;
  }
  revalidatePath(MY_APPOINTMENTS_PATH, "layout");
  return redirect({
    href: `${appointmentPath(newId)}?deplace=1`,
    locale: await getLocale(),
  }) as never;
}
