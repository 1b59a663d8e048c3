"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { NEW_RELATIVE } from "@/lib/appointments/form-state";
import { appointmentPath, confirmBookingPath } from "@/lib/appointments/paths";
import { bookAppointmentInputSchema, idempotencyKeySchema } from "@/lib/appointments/schemas";
import { SlotTakenError } from "@/lib/appointments/slot-taken";
import type { SessionUser } from "@/lib/auth/session";
import { campaignSlugFrom, withCampaign } from "@/lib/campaigns/campaign-param";
import { AppError, toActionFailure } from "@/lib/errors";
import { defineAction } from "@/lib/forms/define-action";
import { localizePath } from "@/lib/i18n/locales";
import { redirect } from "@/lib/i18n/navigation";
import { addRelative } from "@/lib/patients/add-relative";
import { relativeInputSchema } from "@/lib/patients/schemas";
import { formFields } from "@/lib/utils/form-fields";
import { formatDayAndTime } from "@/lib/utils/format-date";

const RELATIVE_FIELDS = ["relationship", "firstName", "lastName", "birthDate"] as const;

// The bound practice slug and zone only shape links and labels of other slots; the bound
// campaign is the one the page's address carried ("" for none), never stored with the row.
// The input is parsed in the handler: a relative typed on the way must be added before it
// has an id.
export const bookAction = defineAction(
  {
    auth: "user",
    bind: ["slug", "timeZone", "campaign"],
    keep: ["pour", ...RELATIVE_FIELDS],
    onError: (error, { values, formData, bound, locale }) => {
      revalidatePath("/rendez-vous/[slug]/confirmer", "page");
      if (!(error instanceof SlotTakenError)) return;
      const campaign = campaignSlugFrom(bound.campaign);
      return {
        status: "error",
        message: toActionFailure(error, locale).message,
        values,
        nextSlots: error.nextSlots.map((slot) => ({
          href: withCampaign(
            localizePath(
              locale,
              confirmBookingPath(bound.slug, String(formData.get("motiveId")), slot.startsAt),
            ),
            campaign,
          ),
          label: formatDayAndTime(locale, new Date(slot.startsAt), bound.timeZone, false),
        })),
      };
    },
  },
  async ({ user, formData, values, bound }) => {
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
    const campaign = campaignSlugFrom(bound.campaign);
    const { body } = await bookAppointment(user, input, key.data, new Date(), campaign);
    redirect({
      href: withCampaign(`${appointmentPath(body.appointment.id)}?confirme=1`, campaign),
      locale: await getLocale(),
    });
  },
);

// A relative added on the way; kept even if the booking then fails, and offered next time.
async function addRelativeFrom(user: SessionUser, formData: FormData) {
  return addRelative(user, relativeInputSchema.parse(formFields(formData, RELATIVE_FIELDS)));
}
