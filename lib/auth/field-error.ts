import "server-only";
import { fieldError } from "@/lib/errors";
import { passwordProblem } from "./password-policy";

/** Re-checks a new password once the account's email is known (the schema checks without). */
export function assertPasswordAllowed(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw fieldError(field, problem);
}
