// What every server action answers its form, read by client components with useActionState.
// Client-safe: a type and a constant only. lib/forms/define-action.ts builds the actions.

export type ActionState = {
  status: "idle" | "error" | "done";
  /** Shown at the top of the form (an error summary, or the outcome once done). */
  message?: string;
  /** Dotted field name → messages, shown under each field. */
  fieldErrors?: Record<string, string[]>;
  /** What was typed (never passwords), to refill the form after an error without JS. */
  values?: Record<string, string>;
  /** A follow-up the page can offer, e.g. re-sending a verification link. */
  next?: "resend-verification";
  /** A secret shown once, right after the action made it (e.g. a calendar subscription URL). */
  secret?: string;
  /** When a slot was taken meanwhile: the next free ones, ready to pick. */
  nextSlots?: { href: string; label: string }[];
  /** Appointments the outcome concerns (booked in a new absence, outside new hours), to open. */
  appointments?: { href: string; label: string }[];
};

export const INITIAL_ACTION_STATE: ActionState = { status: "idle" };
