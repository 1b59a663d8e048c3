"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import type { ActionState } from "@/lib/forms/action-state";

type MoveFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Free times of the chosen day: ISO instant → "14:05". */
  times: readonly { value: string; label: string }[];
  texts: { time: string; noTimes: string; submit: string };
};

// The second step of a move: a native select of the day's free times (arrow keys, type to
// jump) and one button, so the whole move works from the keyboard alone.
export function MoveForm({ action, times, texts }: MoveFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  if (times.length === 0) return <p className="text-slate-700">{texts.noTimes}</p>;
  return (
    <form action={formAction} className="space-y-4">
      <FormStatus state={state} fieldIds={{ startsAt: "move-time" }} />
      <SelectField
        id="move-time"
        name="startsAt"
        label={texts.time}
        options={times}
        required
        errors={state.fieldErrors?.startsAt}
      />
      <Button type="submit" disabled={pending}>
        {texts.submit}
      </Button>
    </form>
  );
}
