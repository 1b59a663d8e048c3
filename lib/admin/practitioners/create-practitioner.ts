import "server-only";
import { fieldError } from "@/lib/errors";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { assertAdmin } from "./assert-admin";
import type { Actor } from "./policy";
import { firstFreeSlug, slugBase } from "./practitioner-slug";
import {
  createPractitionerAccount,
  emailTaken,
  slugsStartingWith,
  specialtyExists,
  transaction,
} from "./queries";
import type { NewPractitioner } from "./schemas";
import { sendInvitation } from "./send-invitation";

/**
 * Creates a practitioner's login (role PRACTITIONER, no password) and practice profile, and
 * mails the invitation, all in one transaction. The profile starts unverified, hence out of
 * search, until an admin verifies it. Returns the practitioner's id.
 */
export async function createPractitioner(actor: Actor, input: NewPractitioner): Promise<string> {
  assertAdmin(actor);
  if (!(await specialtyExists(input.specialtyId))) {
    throw fieldError("specialtyId", "admin.errors.specialtyUnknown");
  }
  return transaction(async (tx) => {
    // Admins see every account anyway: naming the conflict here reveals nothing new.
    if (await emailTaken(tx, input.email)) {
      throw fieldError("email", "admin.errors.emailTaken");
    }
    const base = slugBase(input);
    const slug = firstFreeSlug(base, await slugsStartingWith(tx, base));
    const { userId, practitionerId } = await createPractitionerAccount(tx, input, slug);
    // A new account reads French (the column's default) until its owner picks a language.
    await sendInvitation(tx, { userId, email: input.email, locale: DEFAULT_LOCALE });
    return practitionerId;
  });
}
