// What the account forms' server actions answer, read by their client components with
// useActionState. Client-safe: types and constants only.

export type FormState = {
  status: "idle" | "error" | "done";
  /** Shown at the top of the form (an error summary, or the outcome once done). */
  message?: string;
  /** Dotted field name → messages, shown under each field. */
  fieldErrors?: Record<string, string[]>;
  /** What was typed (never passwords), to refill the form after an error without JS. */
  values?: Record<string, string>;
  /** A follow-up the page can offer, e.g. re-sending a verification link. */
  next?: "resend-verification";
};

export const INITIAL_FORM_STATE: FormState = { status: "idle" };
