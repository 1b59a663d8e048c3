"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";
import type { PersonView } from "@/lib/patients/person-view";
import { RelativeFields } from "./relative-fields";

type RelativeFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  relative?: PersonView;
  submitLabel: string;
  // Distinguishes the ids of two forms on one page.
  idPrefix: string;
  today: string;
};

export function RelativeForm({
  action,
  relative,
  submitLabel,
  idPrefix,
  today,
}: RelativeFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const ids = {
    relationship: `${idPrefix}-relationship`,
    firstName: `${idPrefix}-first-name`,
    lastName: `${idPrefix}-last-name`,
    birthDate: `${idPrefix}-birth-date`,
  };
  const value = (name: keyof typeof ids) => shownValue(state, name, relative?.[name] ?? "");
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={ids} />
      <RelativeFields ids={ids} value={value} errors={state.fieldErrors ?? {}} today={today} />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
