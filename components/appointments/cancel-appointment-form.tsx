"use client";

import { ActionButtonForm } from "@/components/ui/action-button-form";
import type { SubmissionState } from "@/components/ui/form-status";

// Cancelling is one deliberate button press; the outcome is announced where it happened.
export function CancelAppointmentForm({
  action,
  deadlineText,
  label,
  pendingLabel,
}: {
  action: (state: SubmissionState, formData: FormData) => Promise<SubmissionState>;
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
