"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldFrame, controlBorderClass } from "@/components/ui/field-frame";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";

type CancelFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  maxLength: number;
  texts: { message: string; hint: string; submit: string };
};

// Cancelling, with an optional plain-text message that the patient reads in the mail.
export function CancelForm({ action, maxLength, texts }: CancelFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} fieldIds={{ message: "cancel-message" }} />
      <FieldFrame
        id="cancel-message"
        label={texts.message}
        hint={texts.hint}
        errors={state.fieldErrors?.message}
      >
        {(aria) => (
          <textarea
            id="cancel-message"
            name="message"
            rows={3}
            maxLength={maxLength}
            defaultValue={shownValue(state, "message")}
            {...aria}
            className={`block w-full rounded-lg border bg-white p-3 text-base text-slate-900 ${controlBorderClass(aria)}`}
          />
        )}
      </FieldFrame>
      <Button type="submit" variant="danger" disabled={pending}>
        {texts.submit}
      </Button>
    </form>
  );
}
