"use client";

import { useActionState } from "react";
import { BirthDateField } from "@/components/ui/birth-date-field";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { PersonNameFields } from "@/components/ui/person-name-fields";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";
import { PHONE_MAX_LENGTH } from "@/lib/patients/limits";
import type { PersonView } from "@/lib/patients/person-view";

type ProfileFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  profile: PersonView | null;
  /** The account's language, and the languages it may choose. */
  locale: string;
  localeOptions: { value: string; label: string }[];
  texts: Record<"phone" | "phoneHint" | "locale" | "localeHint" | "save" | "saving", string>;
  today: string;
};

const FIELD_IDS = {
  firstName: "profile-first-name",
  lastName: "profile-last-name",
  birthDate: "profile-birth-date",
  phone: "profile-phone",
  locale: "profile-locale",
};

export function ProfileForm(props: ProfileFormProps) {
  const { action, profile, locale, localeOptions, texts, today } = props;
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = state.fieldErrors ?? {};
  const value = (name: Exclude<keyof typeof FIELD_IDS, "locale">) =>
    shownValue(state, name, profile?.[name] ?? "");
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
        label={texts.phone}
        hint={texts.phoneHint}
        autoComplete="tel"
        maxLength={PHONE_MAX_LENGTH}
        defaultValue={value("phone")}
        errors={errors.phone}
      />
      <SelectField
        id={FIELD_IDS.locale}
        name="locale"
        label={texts.locale}
        hint={texts.localeHint}
        options={localeOptions}
        // Keyed by the saved value: after saving, the select shows what is stored.
        key={`${locale}-${state.status}`}
        defaultValue={shownValue(state, "locale", locale)}
        errors={errors.locale}
      />
      <Button type="submit" disabled={pending}>
        {pending ? texts.saving : texts.save}
      </Button>
    </form>
  );
}
