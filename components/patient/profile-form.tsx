"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { FormStatus, shownValue, type SubmissionState } from "@/components/ui/form-status";
import type { PersonView } from "@/lib/patients/person-view";
import { NAME_MAX_LENGTH, PHONE_MAX_LENGTH } from "@/lib/patients/limits";

type ProfileFormProps = {
  action: (state: SubmissionState, formData: FormData) => Promise<SubmissionState>;
  profile: PersonView | null;
  today: string;
};

const FIELD_IDS = {
  firstName: "profile-first-name",
  lastName: "profile-last-name",
  birthDate: "profile-birth-date",
  phone: "profile-phone",
};

export function ProfileForm({ action, profile, today }: ProfileFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: keyof typeof FIELD_IDS) => shownValue(state, name, profile?.[name] ?? "");
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormStatus state={state} fieldIds={FIELD_IDS} />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          id={FIELD_IDS.firstName}
          name="firstName"
          label="Prénom"
          autoComplete="given-name"
          required
          maxLength={NAME_MAX_LENGTH}
          defaultValue={value("firstName")}
          errors={errors.firstName}
        />
        <TextField
          id={FIELD_IDS.lastName}
          name="lastName"
          label="Nom"
          autoComplete="family-name"
          required
          maxLength={NAME_MAX_LENGTH}
          defaultValue={value("lastName")}
          errors={errors.lastName}
        />
      </div>
      <TextField
        id={FIELD_IDS.birthDate}
        name="birthDate"
        type="date"
        label="Date de naissance"
        autoComplete="bday"
        required
        min="1900-01-01"
        max={today}
        defaultValue={value("birthDate")}
        errors={errors.birthDate}
      />
      <TextField
        id={FIELD_IDS.phone}
        name="phone"
        type="tel"
        label="Téléphone (facultatif)"
        hint="Le cabinet peut vous joindre à ce numéro au sujet de vos rendez-vous."
        autoComplete="tel"
        maxLength={PHONE_MAX_LENGTH}
        defaultValue={value("phone")}
        errors={errors.phone}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer"}
      </Button>
    </form>
  );
}
