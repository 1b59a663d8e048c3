"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";

type RotateFeedFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  texts: { submit: string; hint?: string; urlLabel: string; copy: string; copied: string };
};

// Creates or renews the subscription URL and shows it once, ready to copy.
export function RotateFeedForm({ action, texts }: RotateFeedFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [copied, setCopied] = useState<string | null>(null);
  const url = state.status === "done" ? state.secret : undefined;
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url);
    setCopied(url);
  };
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-3">
        <FormStatus state={state} />
        {texts.hint && <p className="max-w-prose text-slate-700">{texts.hint}</p>}
        <Button type="submit" variant={url ? "secondary" : "primary"} disabled={pending}>
          {texts.submit}
        </Button>
      </form>
      {url && (
        <div className="space-y-2">
          <label htmlFor="feed-url" className="block font-semibold text-slate-900">
            {texts.urlLabel}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="feed-url"
              readOnly
              value={url}
              onFocus={(event) => event.currentTarget.select()}
              className="min-w-0 flex-1 basis-64 rounded-lg border border-slate-400 bg-slate-50 px-3 py-3 font-mono text-sm text-slate-900"
            />
            <Button onClick={copy}>{texts.copy}</Button>
          </div>
          <p role="status" className="text-sm text-green-900">
            {copied === url ? texts.copied : ""}
          </p>
        </div>
      )}
    </div>
  );
}
