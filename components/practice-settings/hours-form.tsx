"use client";

import { useActionState, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionState } from "@/lib/forms/action-state";
import { AppointmentLinks } from "./appointment-links";

export type HoursRow = { weekday: number; start: string; end: string };

export type HoursFormLabels = {
  effectiveFrom: string;
  effectiveFromHint: string;
  /** Per weekday 1–7, in order. */
  weekdays: string[];
  closed: string;
  start: string;
  end: string;
  /** Accessible name of a range's fields: "{day}, range {n}" (filled in here). */
  rangeName: string;
  addRange: string;
  removeRange: string;
  submit: string;
  outsideHours: string;
};

type Row = HoursRow & { key: number };

/**
 * One practice's week: several ranges a day, added and removed with buttons (keyboard
 * reachable), and the day the change takes effect. Without JavaScript the form still
 * works: each day shows its ranges plus an empty one to fill, and empty rows are ignored.
 */
export function HoursForm({
  idPrefix,
  locationId,
  today,
  ranges,
  labels,
  action,
}: {
  idPrefix: string;
  locationId: string;
  today: string;
  ranges: HoursRow[];
  labels: HoursFormLabels;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const [rows, setRows] = useState<Row[]>(() => initialRows(ranges));
  // Keys (and the ids built on them) of the first render are indices, so the server's HTML
  // and the browser's agree; rows added later count on from there.
  const nextKey = useRef(rows.length);
  const [effectiveFrom, setEffectiveFrom] = useState(today);
  const update = (key: number, field: "start" | "end", value: string) =>
    setRows((current) =>
      current.map((row) => (row.key === key ? { ...row, [field]: value } : row)),
    );
  const submitted = rows.filter((row) => row.start !== "" || row.end !== "");
  const errorsOf = (row: Row) => {
    const index = submitted.indexOf(row);
    if (index < 0) return [];
    const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
    return [`ranges.${index}`, `ranges.${index}.start`, `ranges.${index}.end`].flatMap(
      (path) => errors[path] ?? [],
    );
  };
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormStatus state={state} fieldIds={{ effectiveFrom: `${idPrefix}-from` }} />
      {state.status === "done" && (
        <AppointmentLinks title={labels.outsideHours} links={state.appointments ?? []} />
      )}
      <input type="hidden" name="locationId" value={locationId} />
      <div className="max-w-xs">
        <label
          htmlFor={`${idPrefix}-from`}
          className="mb-1.5 block text-sm font-medium text-slate-700"
        >
          {labels.effectiveFrom}
        </label>
        <p id={`${idPrefix}-from-hint`} className="mb-1.5 text-sm text-slate-600">
          {labels.effectiveFromHint}
        </p>
        <input
          id={`${idPrefix}-from`}
          type="date"
          name="effectiveFrom"
          min={today}
          value={effectiveFrom}
          onChange={(event) => setEffectiveFrom(event.target.value)}
          aria-describedby={`${idPrefix}-from-hint`}
          className="block w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        />
      </div>
      <div className="divide-y divide-slate-200 rounded-xl border border-slate-200">
        {labels.weekdays.map((dayName, dayIndex) => {
          const weekday = dayIndex + 1;
          const dayRows = rows.filter((row) => row.weekday === weekday);
          const spokenDay = ` (${dayName})`;
          return (
            <fieldset key={weekday} className="space-y-3 p-4">
              <legend className="float-left mb-2 w-full font-semibold text-slate-900">
                {dayName}
              </legend>
              {dayRows.length === 0 && (
                <p className="clear-left text-sm text-slate-600">{labels.closed}</p>
              )}
              {dayRows.map((row, rangeIndex) => {
                const name = labels.rangeName
                  .replace("{day}", dayName)
                  .replace("{n}", String(rangeIndex + 1));
                const errors = errorsOf(row);
                const spokenName = ` (${name})`;
                const id = `${idPrefix}-${row.key}`;
                return (
                  <div key={row.key} className="clear-left flex flex-wrap items-end gap-3">
                    <input type="hidden" name="weekday" value={weekday} />
                    {(["start", "end"] as const).map((field) => (
                      <div key={field}>
                        <label htmlFor={`${id}-${field}`} className="block text-sm text-slate-700">
                          {labels[field]}
                          <span className="sr-only">{spokenName}</span>
                        </label>
                        <input
                          id={`${id}-${field}`}
                          type="time"
                          name={field}
                          step={300}
                          value={row[field]}
                          onChange={(event) => update(row.key, field, event.target.value)}
                          aria-invalid={errors.length > 0 || undefined}
                          aria-describedby={errors.length > 0 ? `${id}-errors` : undefined}
                          className="block rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
                        />
                      </div>
                    ))}
                    <Button
                      variant="secondary"
                      className="px-3 py-2 text-sm"
                      onClick={() =>
                        setRows((current) => current.filter((other) => other.key !== row.key))
                      }
                    >
                      {labels.removeRange}
                      <span className="sr-only">{spokenName}</span>
                    </Button>
                    {errors.length > 0 && (
                      <p id={`${id}-errors`} className="w-full text-sm font-medium text-red-700">
                        {errors.join(" ")}
                      </p>
                    )}
                  </div>
                );
              })}
              <Button
                variant="secondary"
                className="clear-left px-3 py-2 text-sm"
                onClick={() =>
                  setRows((current) => [
                    ...current,
                    { weekday, start: "", end: "", key: nextKey.current++ },
                  ])
                }
              >
                {labels.addRange}
                <span className="sr-only">{spokenDay}</span>
              </Button>
            </fieldset>
          );
        })}
      </div>
      <Button type="submit" disabled={pending}>
        {labels.submit}
      </Button>
    </form>
  );
}

// Each day's saved ranges, then one empty range for a browser without JavaScript to fill.
function initialRows(ranges: HoursRow[]): Row[] {
  return [1, 2, 3, 4, 5, 6, 7]
    .flatMap((weekday) => [
      ...ranges.filter((range) => range.weekday === weekday),
      { weekday, start: "", end: "" },
    ])
    .map((row, key) => ({ ...row, key }));
}
