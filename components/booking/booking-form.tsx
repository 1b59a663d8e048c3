"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { NEW_RELATIVE, type AppointmentFormState } from "@/lib/appointments/form-state";
import { SLOT_CLASS } from "./slot-days";

type Person = { id: string; label: string };

// From the server page: importing the patients' zod schemas here would put zod in the
// browser bundle, whose eval probe the strict CSP reports as a violation.
export type RelativeFieldRules = {
  relationshipOptions: readonly { value: string; label: string }[];
  nameMaxLength: number;
};

const IDS = {
  relationship: "proche-lien",
  firstName: "proche-prenom",
  lastName: "proche-nom",
  birthDate: "proche-naissance",
} as const;

// Step 3: for whom (me, one of my relatives, or a relative added here), then confirm. The
// booking itself (practitioner, motive, start, idempotency key) travels in hidden fields.
export function BookingForm({
  action,
  booking,
  people,
  rules,
  today,
}: {
  action: (state: AppointmentFormState, formData: FormData) => Promise<AppointmentFormState>;
  booking: { practitionerId: string; motiveId: string; startsAt: string; idempotencyKey: string };
  people: readonly Person[];
  rules: RelativeFieldRules;
  today: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-6">
      <FormStatus state={state} fieldIds={{ ...IDS, patientId: "pour-0" }} />
      {state.nextSlots && state.nextSlots.length > 0 && (
        <div className="space-y-2">
          <p className="font-medium text-slate-900">Prochains créneaux libres :</p>
          <ul className="flex flex-wrap gap-2">
            {state.nextSlots.map((slot) => (
              <li key={slot.href}>
                <Link href={slot.href} className={SLOT_CLASS}>
                  {slot.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {Object.entries(booking).map(([name, fieldValue]) => (
        <input key={name} type="hidden" name={name} value={fieldValue} />
      ))}
      {/* Keyed by the outcome, so a failed submission shows what it was sent with. */}
      <PersonFields
        key={`${state.status}:${state.values?.pour ?? ""}:${state.message ?? ""}`}
        state={state}
        people={people}
        rules={rules}
        today={today}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Réservation…" : "Confirmer le rendez-vous"}
      </Button>
    </form>
  );
}

function PersonFields({
  state,
  people,
  rules,
  today,
}: {
  state: AppointmentFormState;
  people: readonly Person[];
  rules: RelativeFieldRules;
  today: string;
}) {
  const [forWhom, setForWhom] = useState(shownValue(state, "pour", people[0]?.id ?? NEW_RELATIVE));
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => shownValue(state, name);
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold text-slate-900">
          Pour qui est ce rendez-vous ?
        </legend>
        {[...people, { id: NEW_RELATIVE, label: "Un autre proche (à ajouter)" }].map(
          (person, index) => (
            <div key={person.id} className="flex items-center gap-3">
              <input
                id={`pour-${index}`}
                type="radio"
                name="pour"
                value={person.id}
                checked={forWhom === person.id}
                onChange={() => setForWhom(person.id)}
                className="size-5 accent-brand-600"
              />
              <label htmlFor={`pour-${index}`} className="text-slate-900">
                {person.label}
              </label>
            </div>
          ),
        )}
      </fieldset>
      {forWhom === NEW_RELATIVE && (
        <fieldset className="space-y-5 rounded-xl border border-slate-200 p-5">
          <legend className="px-1 font-semibold text-slate-900">Votre proche</legend>
          <SelectField
            id={IDS.relationship}
            name="relationship"
            label="Lien avec vous"
            required
            placeholder="Choisissez…"
            options={rules.relationshipOptions}
            defaultValue={value("relationship")}
            errors={errors.relationship}
          />
          <div className="grid gap-5 sm:grid-cols-2">
            <TextField
              id={IDS.firstName}
              name="firstName"
              label="Prénom"
              required
              maxLength={rules.nameMaxLength}
              autoComplete="off"
              defaultValue={value("firstName")}
              errors={errors.firstName}
            />
            <TextField
              id={IDS.lastName}
              name="lastName"
              label="Nom"
              required
              maxLength={rules.nameMaxLength}
              autoComplete="off"
              defaultValue={value("lastName")}
              errors={errors.lastName}
            />
          </div>
          <TextField
            id={IDS.birthDate}
            name="birthDate"
            type="date"
            label="Date de naissance"
            required
            min="1900-01-01"
            max={today}
            defaultValue={value("birthDate")}
            errors={errors.birthDate}
          />
        </fieldset>
      )}
    </>
  );
}
