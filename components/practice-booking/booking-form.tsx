"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { ActionState } from "@/lib/forms/action-state";

type Option = { value: string; label: string };

export type BookingFormTexts = {
  motive: string;
  motivePlaceholder: string;
  submit: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  phone: string;
  email: string;
  emailHint: string;
};

type BookingFormProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  startsAt: string;
  practiceId?: string;
  /** Booking a chosen own patient; without it, the form creates a new record. */
  patientId?: string;
  motives: readonly Option[];
  texts: BookingFormTexts;
};

const NEW_PATIENT_FIELDS = ["firstName", "lastName", "birthDate", "phone", "email"] as const;
const FIELD_IDS = {
  motiveId: "booking-motive",
  ...Object.fromEntries(
    NEW_PATIENT_FIELDS.map((name) => [`newPatient.${name}`, `booking-${name}`]),
  ),
};

// The last step of booking by the practice: the motive (and the new patient's details when
// there is no chosen patient), then one button. Works without JavaScript.
export function PracticeBookingForm({
  action,
  startsAt,
  practiceId,
  patientId,
  motives,
  texts,
}: BookingFormProps) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const errors = (name: string) => state.fieldErrors?.[name];
  const inputTypes = {
    firstName: "text",
    lastName: "text",
    birthDate: "date",
    phone: "tel",
    email: "email",
  };
  const autoComplete = {
    firstName: "off",
    lastName: "off",
    birthDate: "off",
    phone: "off",
    email: "off",
  };
  return (
    <form action={formAction} className="space-y-5">
      <FormStatus state={state} fieldIds={FIELD_IDS} />
      <input type="hidden" name="startsAt" value={startsAt} />
      {practiceId && <input type="hidden" name="practiceId" value={practiceId} />}
      {patientId ? (
        <input type="hidden" name="patientId" value={patientId} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          {NEW_PATIENT_FIELDS.map((name) => (
            <TextField
              key={name}
              id={`booking-${name}`}
              name={name}
              type={inputTypes[name]}
              autoComplete={autoComplete[name]}
              label={texts[name]}
              hint={name === "email" ? texts.emailHint : undefined}
              required={name === "firstName" || name === "lastName"}
              maxLength={name === "email" ? 254 : 100}
              defaultValue={shownValue(state, name)}
              errors={errors(`newPatient.${name}`)}
            />
          ))}
        </div>
      )}
      <SelectField
        id="booking-motive"
        name="motiveId"
        label={texts.motive}
        options={motives}
        placeholder={texts.motivePlaceholder}
        required
        defaultValue={shownValue(state, "motiveId")}
        errors={errors("motiveId")}
      />
      <Button type="submit" disabled={pending}>
        {texts.submit}
      </Button>
    </form>
  );
}
