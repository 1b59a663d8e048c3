"use client";

import { useActionState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { INITIAL_ACTION_STATE, type ActionState } from "@/lib/forms/action-state";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type AccountField = {
  name: string;
  label: string;
  type: "email" | "password" | "text" | "date" | "select";
  autoComplete: string;
  /** A select's choices. */
  options?: readonly { value: string; label: string }[];
  /** What the field holds before anything is typed. */
  defaultValue?: string;
  hint?: string;
  maxLength?: number;
  /** A date field's bounds ("AAAA-MM-JJ"), so the date picker offers no day the server refuses. */
  min?: string;
  max?: string;
};

type AccountFormProps = {
  action: FormAction;
  fields: AccountField[];
  submitLabel: string;
  /** Values posted with the form: a link's token, the page to return to… */
  hidden?: Record<string, string>;
  /** Once done, show only the outcome (e.g. "check your inbox"), not the form again. */
  hideWhenDone?: boolean;
  /** Offered after a sign-in refused for an unconfirmed address. */
  resendAction?: FormAction;
  resendLabel?: string;
  /** Keeps field ids unique when a page holds two forms with the same field. */
  idPrefix?: string;
};

/**
 * An account form that works without JavaScript (a plain post to a server action, the page
 * comes back with the outcome) and, with it, without reloading. Field errors sit under their
 * fields and are tied to them with aria-describedby.
 */
export function AccountForm(props: AccountFormProps) {
  const { action, fields, submitLabel, hidden = {}, hideWhenDone, resendAction } = props;
  const { resendLabel = "" } = props;
  const idPrefix = props.idPrefix ?? "champ";
  const [state, formAction, pending] = useActionState(action, INITIAL_ACTION_STATE);
  if (hideWhenDone && state.status === "done") return <FormAlert state={state} />;
  return (
    <>
      <form action={formAction} noValidate className="space-y-5">
        <FormAlert state={state} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {fields.map((field) =>
          field.type === "select" ? (
            <SelectField
              key={field.name}
              id={`${idPrefix}-${field.name}`}
              name={field.name}
              label={field.label}
              hint={field.hint}
              autoComplete={field.autoComplete}
              options={field.options ?? []}
              defaultValue={state.values?.[field.name] ?? field.defaultValue}
              errors={state.fieldErrors?.[field.name]}
            />
          ) : (
            <TextField
              key={field.name}
              id={`${idPrefix}-${field.name}`}
              name={field.name}
              type={field.type}
              label={field.label}
              hint={field.hint}
              autoComplete={field.autoComplete}
              maxLength={field.maxLength}
              min={field.min}
              max={field.max}
              required
              // Passwords are never sent back: the browser keeps nothing secret in the page.
              defaultValue={field.type === "password" ? undefined : state.values?.[field.name]}
              errors={state.fieldErrors?.[field.name]}
            />
          ),
        )}
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </form>
      {resendAction && state.next === "resend-verification" && (
        <ResendVerification
          action={resendAction}
          email={state.values?.email ?? ""}
          label={resendLabel}
        />
      )}
    </>
  );
}

type ResendProps = { action: FormAction; email: string; label: string };

function ResendVerification({ action, email, label }: ResendProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_ACTION_STATE);
  return (
    <form action={formAction} className="mt-6 space-y-3 border-t border-slate-200 pt-6">
      <FormAlert state={state} />
      <input type="hidden" name="email" value={email} />
      <SubmitButton pending={pending}>{label}</SubmitButton>
    </form>
  );
}
