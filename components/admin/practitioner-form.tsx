"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { PersonNameFields } from "@/components/ui/person-name-fields";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { PRACTITIONER_TITLES, TIME_ZONES } from "@/lib/admin/practitioners/options";
import { EMAIL_MAX_LENGTH } from "@/lib/auth/limits";
import type { ActionState } from "@/lib/forms/action-state";

type Saved = {
  title: string;
  firstName: string;
  lastName: string;
  specialtyId: string;
  timeZone: string;
};

type PractitionerFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  specialties: { id: string; nameFr: string }[];
  // Editing: the saved details. Creating: none, and the form asks for the email.
  practitioner?: Saved;
  submitLabel: string;
  /** The form's words, translated by the server page (no catalogue in the browser). */
  texts: PractitionerFormTexts;
};

export type PractitionerFormTexts = {
  email: string;
  emailHint: string;
  title: string;
  specialty: string;
  choose: string;
  timeZone: string;
  titles: Record<(typeof PRACTITIONER_TITLES)[number], string>;
  zones: Record<(typeof TIME_ZONES)[keyof typeof TIME_ZONES], string>;
};

const IDS = {
  email: "practitioner-email",
  title: "practitioner-title",
  firstName: "practitioner-first-name",
  lastName: "practitioner-last-name",
  specialtyId: "practitioner-specialty",
  timeZone: "practitioner-time-zone",
};

export function PractitionerForm({
  action,
  specialties,
  practitioner,
  submitLabel,
  texts,
}: PractitionerFormProps) {
  const titleOptions = PRACTITIONER_TITLES.map((value) => ({ value, label: texts.titles[value] }));
  const zoneOptions = Object.entries(TIME_ZONES).map(([value, key]) => ({
    value,
    label: texts.zones[key],
  }));
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof Saved | "email", fallback = "") =>
    shownValue(state, name, name === "email" ? "" : (practitioner?.[name] ?? fallback));
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={IDS} />
      {!practitioner && (
        <TextField
          id={IDS.email}
          name="email"
          type="email"
          label={texts.email}
          hint={texts.emailHint}
          autoComplete="off"
          required
          maxLength={EMAIL_MAX_LENGTH}
          defaultValue={value("email")}
          errors={errors.email}
        />
      )}
      <SelectField
        id={IDS.title}
        name="title"
        label={texts.title}
        required
        options={titleOptions}
        defaultValue={value("title", "DR")}
        errors={errors.title}
      />
      <PersonNameFields ids={IDS} value={value} errors={errors} holder="someone-else" />
      <SelectField
        id={IDS.specialtyId}
        name="specialtyId"
        label={texts.specialty}
        required
        placeholder={texts.choose}
        options={specialties.map((specialty) => ({ value: specialty.id, label: specialty.nameFr }))}
        defaultValue={value("specialtyId")}
        errors={errors.specialtyId}
      />
      <SelectField
        id={IDS.timeZone}
        name="timeZone"
        label={texts.timeZone}
        required
        options={zoneOptions}
        defaultValue={value("timeZone", "Europe/Paris")}
        errors={errors.timeZone}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
