"use client";

import { useActionState, type ReactNode } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "./button";
import { FormStatus } from "./form-status";

type ActionButtonFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  // Explanations and hidden inputs shown above the button.
  children?: ReactNode;
};

// A one-button form (remove, verify, resend) that reports its outcome like any other form.
export function ActionButtonForm({
  action,
  label,
  pendingLabel,
  variant,
  children,
}: ActionButtonFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} />
      {children}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending && pendingLabel ? pendingLabel : label}
      </Button>
    </form>
  );
}
