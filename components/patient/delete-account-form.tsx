"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";
import { CURRENT_PASSWORD_MAX_LENGTH } from "@/lib/patients/limits";

type DeleteAccountFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  texts: Record<"password" | "pending" | "submit", string>;
};

const FIELD_IDS = { password: "delete-account-password" };

// Deleting is final, so the password is asked again: a session left open on a shared
// computer is not enough to erase an account.
export function DeleteAccountForm({ action, texts }: DeleteAccountFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={FIELD_IDS} />
      <TextField
        id={FIELD_IDS.password}
        name="password"
        type="password"
        label={texts.password}
        autoComplete="current-password"
        required
        maxLength={CURRENT_PASSWORD_MAX_LENGTH}
        errors={state.fieldErrors?.password}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? texts.pending : texts.submit}
      </Button>
    </form>
  );
}
