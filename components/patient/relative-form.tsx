"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { FormStatus, shownValue, type SubmissionState } from "@/components/ui/form-status";
import type { PersonView } from "@/lib/patients/person-view";
import { NAME_MAX_LENGTH } from "@/lib/patients/limits";
import { RELATIONSHIP_OPTIONS } from "./relationship-labels";

type RelativeFormProps = {
  action: (state: SubmissionState, formData: FormData) => Promise<SubmissionState>;
  relative?: PersonView;
  submitLabel: string;
  // Distinguishes the ids of two forms on one page.
  idPrefix: string;
  today: string;
};

export function RelativeForm({
  action,
  relative,
  submitLabel,
  idPrefix,
  today,
}: RelativeFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const ids = {
    relationship: `${idPrefix}-relationship`,
    firstName: `${idPrefix}-first-name`,
    lastName: `${idPrefix}-last-name`,
    birthDate: `${idPrefix}-birth-date`,
  };
  const value = (name: keyof typeof ids) => shownValue(state, name, relative?.[name] ?? "");
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={ids} />
      <SelectField
        id={ids.relationship}
        name="relationship"
        label="Lien avec vous"
        required
        placeholder="Choisissez…"
        options={RELATIONSHIP_OPTIONS}
        defaultValue={value("relationship")}
        errors={errors.relationship}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id={ids.firstName}
          name="firstName"
          label="Prénom"
          required
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          defaultValue={value("firstName")}
          errors={errors.firstName}
        />
        <TextField
          id={ids.lastName}
          name="lastName"
          label="Nom"
          required
          maxLength={NAME_MAX_LENGTH}
          autoComplete="off"
          defaultValue={value("lastName")}
          errors={errors.lastName}
        />
      </div>
      <TextField
        id={ids.birthDate}
        name="birthDate"
        type="date"
        label="Date de naissance"
        required
        min="1900-01-01"
        max={today}
        defaultValue={value("birthDate")}
        errors={errors.birthDate}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
