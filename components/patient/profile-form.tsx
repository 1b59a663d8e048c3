"use client";

import { useActionState } from "react";
import { BirthDateField } from "@/components/ui/birth-date-field";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { PersonNameFields } from "@/components/ui/person-name-fields";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";
import { PHONE_MAX_LENGTH } from "@/lib/patients/limits";
import type { PersonView } from "@/lib/patients/person-view";

type ProfileFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
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
      <PersonNameFields ids={FIELD_IDS} value={value} errors={errors} holder="self" />
      <BirthDateField
        id={FIELD_IDS.birthDate}
        defaultValue={value("birthDate")}
        errors={errors.birthDate}
        today={today}
        holder="self"
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
