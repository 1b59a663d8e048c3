import type { ReactNode } from "react";

/** What ties a control to its hint and errors, for screen readers. */
export type FieldAria = {
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
};

/** What every field takes besides its control's own attributes. */
export type FieldTexts = {
  id: string;
  label: string;
  /** Shown under the label and read with the field ("10 caractères au moins"). */
  hint?: string;
  /** The field's error messages, announced with the field and marking it invalid. */
  errors?: string[];
};

type FieldFrameProps = FieldTexts & {
  /** Renders the control with the given id and these attributes. */
  children: (aria: FieldAria) => ReactNode;
};

// A visible <label> tied to its control (placeholders alone are not labels), and the hint
// and errors read with it: one frame, so text inputs and selects behave alike.
export function FieldFrame({ id, label, hint, errors, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-aide` : undefined;
  const errorId = errors?.length ? `${id}-erreur` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-700">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-1.5 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {children({ "aria-describedby": describedBy, "aria-invalid": errorId ? true : undefined })}
      {errorId && (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}

/** The control's border: red once its value was refused. */
export function controlBorderClass(aria: FieldAria): string {
  return aria["aria-invalid"] ? "border-red-700" : "border-slate-500 hover:border-slate-700";
}
