import "server-only";
import { getLocale } from "next-intl/server";
import { toActionFailure } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { FormState } from "./form-state";

/** Turns a failure of an account action into what its form shows. */
export async function failureState(
  error: unknown,
  values?: Record<string, string>,
): Promise<FormState> {
  const locale = (await getLocale()) as Locale;
  const failure = toActionFailure(error, locale);
  return {
    status: "error",
    message: failure.fieldErrors
      ? translatorFor(locale)("validation.formHasErrors")
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
