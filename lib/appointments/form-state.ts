// What the booking and reschedule actions answer their forms. Client-safe.

export type AppointmentFormState = {
  status: "idle" | "error" | "done";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** When the slot was taken meanwhile: the next free ones, ready to pick. */
  nextSlots?: { href: string; label: string }[];
};

export const NEW_RELATIVE = "nouveau";
