import type { SelectHTMLAttributes } from "react";

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> & {
  id: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** Shown under the label and read with the field. */
  hint?: string;
  /** The field's error messages, announced with the field and marking it invalid. */
  errors?: string[];
  /** A first, empty choice ("Choisissez…"), selected while the field has no value. */
  placeholder?: string;
};

// The <select> counterpart of TextField: same label, hint and error wiring and look.
export function SelectField({
  id,
  label,
  options,
  hint,
  errors,
  placeholder,
  ...selectProps
}: SelectFieldProps) {
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
      <select
        id={id}
        aria-describedby={describedBy}
        aria-invalid={errorId ? true : undefined}
        className={`block w-full rounded-lg border bg-white px-3 py-3 text-base text-slate-900 ${errorId ? "border-red-700" : "border-slate-500 hover:border-slate-700"}`}
        {...selectProps}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errorId && (
        <p id={errorId} className="mt-1.5 text-sm font-medium text-red-700">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
