import "server-only";
import { z } from "zod";
import { passwordProblem } from "./password-policy";

/**
 * A failure tied to one form field, shaped like a schema failure so lib/errors turns it into
 * a 422 with the message under that field. For checks the form schema cannot make alone.
 */
export function fieldError(field: string, message: string): z.ZodError {
  return new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);
}

/** Re-checks a new password once the account's email is known (the schema checks without). */
export function assertPasswordAllowed(password: string, email: string, field: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw fieldError(field, problem);
}
