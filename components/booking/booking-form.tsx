"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { RelativeFields } from "@/components/patient/relative-fields";
import { Button } from "@/components/ui/button";
import { FormStatus, shownValue } from "@/components/ui/form-status";
import { NEW_RELATIVE } from "@/lib/appointments/form-state";
import type { ActionState } from "@/lib/forms/action-state";
import { SLOT_CLASS } from "./slot-days";

type Person = { id: string; label: string };

/** The form's words, translated on the server: no catalogue is sent to the browser. */
export type BookingFormLabels = Record<
  "nextSlots" | "pending" | "submit" | "forWhom" | "newRelative" | "relative",
  string
>;

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
  today,
  labels,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  booking: { practitionerId: string; motiveId: string; startsAt: string; idempotencyKey: string };
  people: readonly Person[];
  today: string;
  labels: BookingFormLabels;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  // The first key rendered stays for every attempt at this slot: a failed action re-renders
  // the page with a fresh key, and a retry after a booking that did commit must replay it.
  const [idempotencyKey] = useState(booking.idempotencyKey);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4 sm:space-y-6">
      <FormStatus state={state} fieldIds={{ ...IDS, patientId: "pour-0" }} />
      {state.nextSlots && state.nextSlots.length > 0 && (
        <div className="space-y-2">
          <p className="font-medium text-slate-900">{labels.nextSlots}</p>
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
      {Object.entries({ ...booking, idempotencyKey }).map(([name, fieldValue]) => (
        <input key={name} type="hidden" name={name} value={fieldValue} />
      ))}
      {/* Keyed by the outcome, so a failed submission shows what it was sent with. */}
      <PersonFields
        key={`${state.status}:${state.values?.pour ?? ""}:${state.message ?? ""}`}
        state={state}
        people={people}
        today={today}
        labels={labels}
      />
      <Button type="submit" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </Button>
    </form>
  );
}

function PersonFields({
  state,
  people,
  today,
  labels,
}: {
  state: ActionState;
  people: readonly Person[];
  today: string;
  labels: BookingFormLabels;
}) {
  const [forWhom, setForWhom] = useState(shownValue(state, "pour", people[0]?.id ?? NEW_RELATIVE));
  return (
    <>
      <fieldset className="space-y-3">
        <legend className="mb-2 text-lg font-semibold text-slate-900">{labels.forWhom}</legend>
        {[...people, { id: NEW_RELATIVE, label: labels.newRelative }].map((person, index) => (
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
        ))}
      </fieldset>
      {forWhom === NEW_RELATIVE && (
        <fieldset className="space-y-5 rounded-xl border border-slate-200 p-5">
          <legend className="px-1 font-semibold text-slate-900">{labels.relative}</legend>
          <RelativeFields
            ids={IDS}
            value={(name) => shownValue(state, name)}
            errors={state.fieldErrors ?? {}}
            today={today}
          />
        </fieldset>
      )}
    </>
  );
}
