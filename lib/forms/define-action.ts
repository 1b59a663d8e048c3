import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { requireUser, type SessionUser } from "@/lib/auth/session";
import { toActionFailure } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { forgetStoredPages } from "@/lib/page-cache/page-cache-store";
import { formFields } from "@/lib/utils/form-fields";
import type { ActionState } from "./action-state";

/*
 * The one way to write a server action (schema → handler → state). Usage, in a "use server"
 * file of app/:
 *
 *   export const saveHoursAction = defineAction(
 *     { auth: "user", schema: hoursInputSchema, fields: ["weekday", "start", "end"] },
 *     async ({ user, input }) => {
 *       await saveHours(user, input);            // the use case authorises itself
 *       revalidatePath("/espace-praticien");
 *       return { status: "done", message: "…" };  // or redirect(…)
 *     },
 *   );
 *
 * `auth: "user"` sends a visitor without a session to the sign-in page and back; "none" is
 * for public forms (and for handlers that need the session key itself). Only `fields` are
 * read from the FormData (React adds its own hidden ones) unless `read` says otherwise, and
 * parsed with `schema`; `keep` lists the fields echoed back to refill the form after an
 * error (never a password). Values the page binds with `.bind(null, id)` are named in
 * `bind` and arrive in `bound` (the use case checks them again). Any thrown error becomes an error state (AppError → its message,
 * zod → field errors, anything else logged with a reference); `redirect()` and
 * `notFound()` go through. `onError` may answer an error specially (e.g. other slots).
 */

type Auth = "none" | "user";

type ActionConfig<A extends Auth, S extends z.ZodType | undefined, B extends readonly string[]> = {
  auth: A;
  schema?: S;
  fields?: readonly string[];
  read?: (formData: FormData) => unknown;
  keep?: readonly string[];
  /** Names of the values the page binds (`action.bind(null, id)`), in order. */
  bind?: B;
  /** Runs on any error; its state, when it returns one, replaces the usual error state. */
  onError?: (
    error: unknown,
    context: {
      values: Record<string, string>;
      formData: FormData;
      bound: Record<B[number], string>;
      /** The page's language, for messages and labels of the special answer. */
      locale: Locale;
    },
  ) => ActionState | void;
};

export type ActionContext<
  A extends Auth,
  S extends z.ZodType | undefined,
  B extends readonly string[],
> = {
  user: A extends "user" ? SessionUser : null;
  input: S extends z.ZodType ? z.output<S> : undefined;
  formData: FormData;
  bound: Record<B[number], string>;
  /** The kept fields; a handler may update one the retry should see (it is echoed back). */
  values: Record<string, string>;
};

type BoundArgs<B extends readonly string[]> = { [K in keyof B]: string };

const MAX_KEPT_LENGTH = 300;

export function defineAction<
  A extends Auth,
  S extends z.ZodType | undefined = undefined,
  const B extends readonly string[] = [],
>(
  config: ActionConfig<A, S, B>,
  handler: (context: ActionContext<A, S, B>) => Promise<ActionState | void>,
): (...args: [...BoundArgs<B>, ActionState, FormData]) => Promise<ActionState> {
  type Context = ActionContext<A, S, B>;
  return async (...args: unknown[]) => {
    const formData = args.at(-1) instanceof FormData ? (args.at(-1) as FormData) : new FormData();
    const names = config.bind ?? [];
    const bound = Object.fromEntries(
      names.map((name, index) => [name, String(args[index])]),
    ) as Record<B[number], string>;
    const user = (config.auth === "user" ? await requireUser() : null) as Context["user"];
    const values = keptValues(formData, config.keep ?? []);
    try {
      const raw = config.read ? config.read(formData) : formFields(formData, config.fields ?? []);
      const input = (config.schema ? config.schema.parse(raw) : undefined) as Context["input"];
      const context = { user, input, formData, bound, values } as Context;
      // An action may change a public page this process keeps for a few seconds.
      return (await handler(context).finally(forgetStoredPages)) ?? { status: "done" };
    } catch (error) {
      unstable_rethrow(error);
      const locale = await getLocale();
      return (
        config.onError?.(error, { values, formData, bound, locale }) ??
        failureState(error, locale, values)
      );
    }
  };
}

/**
 * An error as its form shows it, in the page's language: a summary at the top, messages
 * under the fields.
 */
function failureState(
  error: unknown,
  locale: Locale,
  values?: Record<string, string>,
): ActionState {
  const failure = toActionFailure(error, locale);
  return {
    status: "error",
    message: failure.fieldErrors ? translatorFor(locale)("errors.formHasErrors") : failure.message,
    fieldErrors: failure.fieldErrors,
    ...(values && Object.keys(values).length > 0 && { values }),
  };
}

function keptValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = formData.get(field);
      return [field, typeof value === "string" ? value.slice(0, MAX_KEPT_LENGTH) : ""];
    }),
  );
}
