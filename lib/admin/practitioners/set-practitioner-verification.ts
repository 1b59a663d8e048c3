import "server-only";
import { AppError } from "@/lib/errors";
import { parseId } from "@/lib/patients/assert-patient-area";
import { assertAdmin } from "./assert-admin";
import type { Actor } from "./policy";
import { setVerified } from "./queries";

/**
 * Verified practitioners, and only they, appear in search. Verifying stamps verifiedAt;
 * repeating it keeps the first stamp, and withdrawing the verification clears it.
 */
export async function setPractitionerVerification(
  actor: Actor,
  id: unknown,
  verified: boolean,
  now = new Date(),
): Promise<void> {
  assertAdmin(actor);
  if (!(await setVerified(parseId(id), verified, now))) throw new AppError("NOT_FOUND");
}
