"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";
import {
  DEFAULT_MOTIVE_COLOR,
  MOTIVE_MAX_MINUTES,
  MOTIVE_MIN_MINUTES,
  MOTIVE_NAME_MAX_LENGTH,
  type MotiveAudience,
} from "@/lib/practice-settings/limits";

export type MotiveFormValues = {
  name: string;
  durationMinutes: number;
  color: string;
  audience: MotiveAudience;
  teleconsultation: boolean;
  locationIds: string[];
};

export type MotiveFormLabels = {
  name: string;
  nameHint: string;
  duration: string;
  durationHint: string;
  color: string;
  audience: string;
  audiences: { value: MotiveAudience; label: string }[];
  teleconsultation: string;
  practices: string;
  practicesHint: string;
  submit: string;
};

const NEW_MOTIVE: MotiveFormValues = {
  name: "",
  durationMinutes: 20,
  color: DEFAULT_MOTIVE_COLOR,
  audience: "ALL",
  teleconsultation: false,
  locationIds: [],
};

export function MotiveForm({
  idPrefix,
  motive = NEW_MOTIVE,
  practices,
  labels,
  action,
}: {
  idPrefix: string;
  motive?: MotiveFormValues;
  /** The practitioner's practices; the choice is shown only when there are several. */
  practices: { id: string; label: string }[];
  labels: MotiveFormLabels;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const ids = {
    name: `${idPrefix}-name`,
    durationMinutes: `${idPrefix}-duration`,
    color: `${idPrefix}-color`,
    audience: `${idPrefix}-audience`,
  };
  const value = (name: keyof typeof ids, saved: string) => shownValue(state, name, saved);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={ids} />
      <TextField
        id={ids.name}
        name="name"
        label={labels.name}
        hint={labels.nameHint}
        maxLength={MOTIVE_NAME_MAX_LENGTH}
        required
        errors={errors.name}
        defaultValue={value("name", motive.name)}
      />
      <TextField
        id={ids.durationMinutes}
        name="durationMinutes"
        type="number"
        inputMode="numeric"
        min={MOTIVE_MIN_MINUTES}
        max={MOTIVE_MAX_MINUTES}
        step={5}
        label={labels.duration}
        hint={labels.durationHint}
        errors={errors.durationMinutes}
        defaultValue={value("durationMinutes", String(motive.durationMinutes))}
      />
      <div>
        <label htmlFor={ids.color} className="mb-1.5 block text-sm font-medium text-slate-700">
          {labels.color}
        </label>
        <input
          id={ids.color}
          type="color"
          name="color"
          defaultValue={value("color", motive.color)}
          aria-invalid={errors.color ? true : undefined}
          className="h-11 w-20 rounded-lg border border-slate-400 bg-white p-1"
        />
      </div>
      <SelectField
        id={ids.audience}
        name="audience"
        label={labels.audience}
        options={labels.audiences}
        errors={errors.audience}
        defaultValue={value("audience", motive.audience)}
      />
      <div className="flex items-center gap-3">
        <input
          id={`${idPrefix}-teleconsultation`}
          type="checkbox"
          name="teleconsultation"
          defaultChecked={motive.teleconsultation}
          className="size-5"
        />
        <label htmlFor={`${idPrefix}-teleconsultation`} className="text-slate-900">
          {labels.teleconsultation}
        </label>
      </div>
      {practices.length > 1 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-700">{labels.practices}</legend>
          <p className="text-sm text-slate-600">{labels.practicesHint}</p>
          {practices.map((practice) => (
            <div key={practice.id} className="flex items-center gap-3">
              <input
                id={`${idPrefix}-practice-${practice.id}`}
                type="checkbox"
                name="locationIds"
                value={practice.id}
                defaultChecked={motive.locationIds.includes(practice.id)}
                className="size-5"
              />
              <label htmlFor={`${idPrefix}-practice-${practice.id}`} className="text-slate-900">
                {practice.label}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
