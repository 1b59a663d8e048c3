"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";

type FeedInitialsFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  showInitials: boolean;
  texts: { label: string; hint: string; save: string };
};

// The explicit opt-in for the patient's initials in the feed's event titles.
export function FeedInitialsForm({ action, showInitials, texts }: FeedInitialsFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="max-w-prose space-y-3">
      <FormStatus state={state} />
      <div className="flex items-start gap-3">
        <input
          id="feed-initials"
          name="showInitials"
          type="checkbox"
          value="true"
          defaultChecked={showInitials}
          aria-describedby="feed-initials-hint"
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <div>
          <label htmlFor="feed-initials" className="font-semibold text-slate-900">
            {texts.label}
          </label>
          <p id="feed-initials-hint" className="text-sm text-slate-700">
            {texts.hint}
          </p>
        </div>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {texts.save}
      </Button>
    </form>
  );
}
