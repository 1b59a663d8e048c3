"use client";

import { ActionButtonForm } from "@/components/ui/action-button-form";
import type { ActionState } from "@/lib/forms/action-state";

// Cancelling is one deliberate button press; the outcome is announced where it happened.
export function CancelAppointmentForm({
  action,
  deadlineText,
  label,
  pendingLabel,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  deadlineText: string;
  label: string;
  pendingLabel: string;
}) {
  return (
    <ActionButtonForm action={action} label={label} pendingLabel={pendingLabel} variant="danger">
      <p className="text-slate-700">{deadlineText}</p>
    </ActionButtonForm>
  );
}
