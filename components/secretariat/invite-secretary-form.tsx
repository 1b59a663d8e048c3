"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";

type InviteSecretaryFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  levels: { value: string; label: string }[];
  texts: { email: string; emailHint: string; level: string; submit: string; pending: string };
};

const IDS = { email: "secretary-email", level: "secretary-level" };

export function InviteSecretaryForm({ action, levels, texts }: InviteSecretaryFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={IDS} />
      <TextField
        id={IDS.email}
        name="email"
        type="email"
        autoComplete="off"
        required
        label={texts.email}
        hint={texts.emailHint}
        errors={errors.email}
        defaultValue={shownValue(state, "email")}
      />
      <SelectField
        id={IDS.level}
        name="level"
        label={texts.level}
        options={levels}
        errors={errors.level}
        defaultValue={shownValue(state, "level", levels[0]?.value)}
      />
      <Button type="submit" disabled={pending}>
        {pending ? texts.pending : texts.submit}
      </Button>
    </form>
  );
}
