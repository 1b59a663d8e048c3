"use client";

import { useActionState, type ReactNode } from "react";
import { SLOT_CLASS } from "@/components/booking/slot-days";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";

// One form, one submit button per free slot: pressing a slot moves the appointment there.
export function RescheduleForm({
  action,
  legend,
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  legend: string;
  children: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} aria-busy={pending} className="space-y-4">
      <FormStatus state={state} />
      <fieldset disabled={pending}>
        <legend className="mb-3 font-semibold text-slate-900">{legend}</legend>
        {children}
      </fieldset>
    </form>
  );
}

export function RescheduleSlotButton({
  value,
  label,
  accessibleLabel,
}: {
  value: string;
  label: string;
  accessibleLabel: string;
}) {
  return (
    <button
      type="submit"
      name="startsAt"
      value={value}
      aria-label={accessibleLabel}
      className={SLOT_CLASS}
    >
      {label}
    </button>
  );
}
