import "server-only";
import { toActionFailure } from "@/lib/errors";
import type { FormState } from "./form-state";

/** Turns a failure of an account action into what its form shows. */
export function failureState(error: unknown, values?: Record<string, string>): FormState {
  const failure = toActionFailure(error);
  return {
    status: "error",
    message: failure.fieldErrors
      ? "Le formulaire contient des erreurs. Corrigez les champs indiqués."
      : failure.message,
    fieldErrors: failure.fieldErrors,
    values,
  };
}

/** The non-secret fields of a form post, to refill the form after an error. */
export function typedValues(formData: FormData, fields: string[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value.slice(0, 300) : ""];
    }),
  );
}
