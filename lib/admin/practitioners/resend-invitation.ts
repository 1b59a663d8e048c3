import "server-only";
import { AppError } from "@/lib/errors";
import { parseId } from "@/lib/patients/assert-patient-area";
import { assertAdmin } from "./assert-admin";
import { canResendInvitation, type Actor } from "./policy";
import { findInvitee, transaction } from "./queries";
import { sendInvitation } from "./send-invitation";

// Invitations expire after 7 days; an admin can send a new link until a password is chosen.
export async function resendInvitation(actor: Actor, id: unknown): Promise<void> {
  assertAdmin(actor);
  const practitionerId = parseId(id);
  await transaction(async (tx) => {
    const invitee = await findInvitee(tx, practitionerId);
    if (!invitee) throw new AppError("NOT_FOUND");
    if (!canResendInvitation(invitee)) {
      throw new AppError("CONFLICT", { messageKey: "admin.errors.invitationNoLongerNeeded" });
    }
    await sendInvitation(tx, invitee);
  });
}
