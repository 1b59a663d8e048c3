"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-state";

// What a field shows: what was just typed when the submission failed, else the saved value.
export function shownValue(state: ActionState, name: string, saved = ""): string {
  return state.status === "error" ? (state.values?.[name] ?? saved) : saved;
}

type FormStatusProps = {
  state: ActionState;
  // Field name → id of its control, so the summary can link to each field in error.
  fieldIds?: Record<string, string>;
};

// The outcome of the last submission. A failure takes the focus, so keyboard and screen-reader
// users land on the summary, which links to each field in error; a success is announced.
export function FormStatus({ state, fieldIds = {} }: FormStatusProps) {
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") alertRef.current?.focus();
  }, [state]);

  const fieldErrors = Object.entries(state.fieldErrors ?? {});
  return (
    <>
      {/* Always rendered: a live region must exist before its content changes to be announced. */}
      <div role="status">
        {state.status === "done" && state.message && (
          <p className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
            {state.message}
          </p>
        )}
      </div>
      {state.status === "error" && (
        <div
          ref={alertRef}
          role="alert"
          tabIndex={-1}
          className="rounded-lg border border-red-700 bg-red-50 px-4 py-3 text-red-900"
        >
          <p className="font-semibold">{state.message}</p>
          {fieldErrors.length > 0 && (
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {fieldErrors.map(([field, messages]) => (
                <li key={field}>
                  {fieldIds[field] ? (
                    <a href={`#${fieldIds[field]}`} className="underline">
                      {messages.join(" ")}
                    </a>
                  ) : (
                    messages.join(" ")
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
