"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";
import { ABSENCE_LABEL_MAX_LENGTH } from "@/lib/practice-settings/limits";
import { AppointmentLinks } from "./appointment-links";

export type AbsenceFormLabels = {
  kind: string;
  kindDays: string;
  kindHours: string;
  firstDay: string;
  lastDay: string;
  day: string;
  start: string;
  end: string;
  label: string;
  labelHint: string;
  submit: string;
  appointmentsTitle: string;
  keep: string;
  cancelThem: string;
  cancelHint: string;
};

const IDS = {
  firstDay: "absence-first-day",
  lastDay: "absence-last-day",
  day: "absence-day",
  start: "absence-start",
  end: "absence-end",
  label: "absence-label",
};

/**
 * A new absence: whole days or a few hours of one day. When appointments are booked then,
 * the server lists them and the form asks whether to keep or cancel them. The fields of the
 * kind not chosen are hidden by CSS alone (`:has(:checked)`), so it works without JavaScript.
 */
export function AbsenceForm({
  practitionerId,
  defaults,
  labels,
  action,
}: {
  practitionerId: string;
  defaults: Record<string, string>;
  labels: AbsenceFormLabels;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const value = (name: string) => shownValue(state, name, defaults[name] ?? "");
  const kind = value("kind") || "hours";
  const errors = state.fieldErrors ?? {};
  const asking = state.status === "error" && (state.appointments?.length ?? 0) > 0;
  const field = (name: keyof typeof IDS, type: "date" | "time") => (
    <TextField
      key={`${name}-${state.status}`}
      id={IDS[name]}
      name={name}
      type={type}
      label={labels[name]}
      errors={errors[name]}
      defaultValue={value(name)}
    />
  );
  return (
    <form action={formAction} noValidate className="group max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={IDS} />
      {asking && (
        <AppointmentLinks title={labels.appointmentsTitle} links={state.appointments ?? []} />
      )}
      <input type="hidden" name="practitionerId" value={practitionerId} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-700">{labels.kind}</legend>
        {(["hours", "days"] as const).map((option) => (
          <div key={`${option}-${state.status}`} className="flex items-center gap-3">
            <input
              id={`absence-kind-${option}`}
              type="radio"
              name="kind"
              value={option}
              defaultChecked={kind === option}
              className="size-5"
            />
            <label htmlFor={`absence-kind-${option}`} className="text-slate-900">
              {option === "days" ? labels.kindDays : labels.kindHours}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="grid gap-4 group-has-[#absence-kind-days:checked]:hidden sm:grid-cols-3">
        {field("day", "date")}
        {field("start", "time")}
        {field("end", "time")}
      </div>
      <div className="grid gap-4 group-has-[#absence-kind-hours:checked]:hidden sm:grid-cols-2">
        {field("firstDay", "date")}
        {field("lastDay", "date")}
      </div>
      <TextField
        key={`label-${state.status}`}
        id={IDS.label}
        name="label"
        label={labels.label}
        hint={labels.labelHint}
        maxLength={ABSENCE_LABEL_MAX_LENGTH}
        errors={errors.label}
        defaultValue={value("label")}
      />
      {asking ? (
        <div className="space-y-3">
          <p className="text-sm text-slate-700">{labels.cancelHint}</p>
          <div className="flex flex-wrap gap-3">
            <Button
              type="submit"
              name="decision"
              value="keep"
              variant="secondary"
              disabled={pending}
            >
              {labels.keep}
            </Button>
            <Button
              type="submit"
              name="decision"
              value="cancel"
              variant="danger"
              disabled={pending}
            >
              {labels.cancelThem}
            </Button>
          </div>
        </div>
      ) : (
        <Button type="submit" disabled={pending}>
          {labels.submit}
        </Button>
      )}
    </form>
  );
}
