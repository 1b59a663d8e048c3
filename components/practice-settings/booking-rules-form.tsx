"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";
import { BOOKING_RULE_LIMITS } from "@/lib/practice-settings/limits";

type Rules = {
  minNoticeMinutes: number;
  bookingHorizonDays: number;
  bufferMinutes: number;
  cancellationDeadlineHours: number;
  acceptsNewPatients: boolean;
};
type NumberRule = keyof typeof BOOKING_RULE_LIMITS;

export type BookingRulesLabels = Record<NumberRule, { label: string; hint: string }> & {
  acceptsNewPatients: { label: string; hint: string };
  submit: string;
};

const NUMBER_RULES: NumberRule[] = [
  "minNoticeMinutes",
  "bookingHorizonDays",
  "bufferMinutes",
  "cancellationDeadlineHours",
];

export function BookingRulesForm({
  rules,
  labels,
  action,
}: {
  rules: Rules;
  labels: BookingRulesLabels;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const ids = Object.fromEntries(NUMBER_RULES.map((rule) => [rule, `rule-${rule}`]));
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={ids} />
      {NUMBER_RULES.map((rule) => (
        <TextField
          key={rule}
          id={ids[rule]!}
          name={rule}
          type="number"
          inputMode="numeric"
          min={BOOKING_RULE_LIMITS[rule].min}
          max={BOOKING_RULE_LIMITS[rule].max}
          step={1}
          label={labels[rule].label}
          hint={labels[rule].hint}
          errors={errors[rule]}
          defaultValue={shownValue(state, rule, String(rules[rule]))}
        />
      ))}
      <div className="flex items-start gap-3">
        <input
          id="rule-acceptsNewPatients"
          type="checkbox"
          name="acceptsNewPatients"
          defaultChecked={rules.acceptsNewPatients}
          aria-describedby="rule-acceptsNewPatients-hint"
          className="mt-1 size-5"
        />
        <div>
          <label htmlFor="rule-acceptsNewPatients" className="font-medium text-slate-900">
            {labels.acceptsNewPatients.label}
          </label>
          <p id="rule-acceptsNewPatients-hint" className="text-sm text-slate-600">
            {labels.acceptsNewPatients.hint}
          </p>
        </div>
      </div>
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
