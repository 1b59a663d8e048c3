"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * The outcome of a form post, at the top of the form. It takes the focus when it changes,
 * so screen-reader and keyboard users land on the result instead of a stale field.
 */
export function FormAlert({ state }: { state: ActionState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) ref.current?.focus();
  }, [state]);
  if (!state.message) return null;
  const error = state.status === "error";
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={error ? "alert" : "status"}
      className={`rounded-lg border p-4 text-base ${error ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
    >
      {state.message}
    </div>
  );
}
