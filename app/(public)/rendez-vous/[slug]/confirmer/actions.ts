"use server";

import { revalidatePath } from "next/cache";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { NEW_RELATIVE, type AppointmentFormState } from "@/lib/appointments/form-state";
import { getLocale } from "next-intl/server";
import { appointmentPath, confirmBookingPath } from "@/lib/appointments/paths";
import { bookAppointmentInputSchema, idempotencyKeySchema } from "@/lib/appointments/schemas";
import { SlotTakenError } from "@/lib/appointments/slot-taken";
import { failureState, typedValues } from "@/lib/auth/action-state";
import { requireUser } from "@/lib/auth/session";
import { AppError, toActionFailure } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { addRelative } from "@/lib/patients/add-relative";
import { relativeInputSchema } from "@/lib/patients/schemas";
import { formatDayAndTime } from "@/lib/utils/format-date";
import { formFields } from "@/lib/utils/form-fields";

const RELATIVE_FIELDS = ["relationship", "firstName", "lastName", "birthDate"] as const;

// `practice` is bound by the page; it only shapes links and labels of other slots.
export async function bookAction(
  practice: { slug: string; timeZone: string },
  _state: AppointmentFormState,
  formData: FormData,
): Promise<AppointmentFormState> {
  const [user, locale] = await Promise.all([requireUser(), getLocale()]);
  const values = typedValues(formData, ["pour", ...RELATIVE_FIELDS]);
  let appointmentId: string;
  try {
    const key = idempotencyKeySchema.safeParse(formData.get("idempotencyKey"));
    if (!key.success) throw new AppError("IDEMPOTENCY_KEY_INVALID");
    const fields = formFields(formData, ["practitionerId", "motiveId", "startsAt", "pour"]);
    const input = bookAppointmentInputSchema.parse({
      practitionerId: fields.practitionerId,
      motiveId: fields.motiveId,
      startsAt: fields.startsAt,
      patientId: fields.pour === NEW_RELATIVE ? await addRelativeFrom(user, formData) : fields.pour,
    });
    // From now on the new relative is one of the account's: a retry must not add them twice.
    values.pour = input.patientId;
    const { body } = await bookAppointment(user, input, key.data);
    appointmentId = body.appointment.id;
  } catch (error) {
    revalidatePath("/rendez-vous/[slug]/confirmer", "page");
    if (error instanceof SlotTakenError) {
      return {
        status: "error",
        message: toActionFailure(error, locale).message,
        values,
        nextSlots: error.nextSlots.map((slot) => ({
          href: confirmBookingPath(practice.slug, String(formData.get("motiveId")), slot.startsAt),
          label: formatDayAndTime(locale, new Date(slot.startsAt), practice.timeZone, false),
        })),
      };
    }
    return failureState(error, values);
  }
  return redirect({ href: `${appointmentPath(appointmentId)}?confirme=1`, locale });
}

// A relative added on the way; kept even if the booking then fails, and offered next time.
async function addRelativeFrom(user: Parameters<typeof addRelative>[0], formData: FormData) {
  return addRelative(user, relativeInputSchema.parse(formFields(formData, RELATIVE_FIELDS)));
}
