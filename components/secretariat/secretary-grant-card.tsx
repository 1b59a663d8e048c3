"use client";

import { useActionState } from "react";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import type { ActionState } from "@/lib/forms/action-state";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

type SecretaryGrantCardProps = {
  grant: { userId: string; email: string; level: string; pending: boolean };
  levels: { value: string; label: string }[];
  changeAction: Action;
  revokeAction: Action;
  texts: { status: string; since: string; level: string; save: string; revoke: string };
};

// One secretary's access, as a card (readable on a phone): who, since when, change, remove.
export function SecretaryGrantCard({
  grant,
  levels,
  changeAction,
  revokeAction,
  texts,
}: SecretaryGrantCardProps) {
  const [state, formAction, pending] = useActionState(changeAction, { status: "idle" });
  const levelId = `level-${grant.userId}`;
  return (
    <article
      aria-label={grant.email}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="space-y-1">
        <p className="font-semibold break-all text-slate-900">{grant.email}</p>
        <p className="text-sm text-slate-700">
          {texts.status} · {texts.since}
        </p>
      </div>
      <form action={formAction} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-60">
          <FormStatus state={state} />
          <SelectField
            id={levelId}
            name="level"
            label={texts.level}
            options={levels}
            defaultValue={grant.level}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {texts.save}
        </Button>
      </form>
      <ActionButtonForm action={revokeAction} label={texts.revoke} variant="danger" />
    </article>
  );
}
