import type { InputHTMLAttributes, ReactNode } from "react";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  id: string;
  label: string;
  icon?: ReactNode;
  /** Shown under the label and read with the field ("10 caractères au moins"). */
  hint?: string;
  /** The field's error messages, announced with the field and marking it invalid. */
  errors?: string[];
};

// A visible <label> tied to its input: placeholders alone are not labels.
export function TextField({ id, label, icon, hint, errors, ...inputProps }: TextFieldProps) {
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
      <div className="relative">
        {icon && (
          <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500">
            {icon}
          </span>
        )}
        <input
          id={id}
          aria-describedby={describedBy}
          aria-invalid={errorId ? true : undefined}
          className={`block w-full rounded-lg border bg-white py-3 pr-3 text-base text-slate-900 placeholder:text-slate-500 ${errorId ? "border-red-700" : "border-slate-500 hover:border-slate-700"} ${icon ? "pl-10" : "pl-3"}`}
          {...inputProps}
        />
      </div>
      {errorId && (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
