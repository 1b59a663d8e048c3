"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";

export type StatusButton = { value: string; label: string; variant: "primary" | "secondary" };

// The status marks as one form with a submit button per mark: the pressed button's value is
// what is sent, with or without JavaScript.
export function StatusActions({
  action,
  buttons,
  labelledBy,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  buttons: readonly StatusButton[];
  labelledBy: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} aria-labelledby={labelledBy} className="space-y-4">
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-3">
        {buttons.map((button) => (
          <Button
            key={button.value}
            type="submit"
            name="status"
            value={button.value}
            variant={button.variant}
            disabled={pending}
          >
            {button.label}
          </Button>
        ))}
      </div>
    </form>
  );
}
