import type { SelectHTMLAttributes } from "react";
import { controlBorderClass, FieldFrame, type FieldTexts } from "./field-frame";

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> &
  FieldTexts & {
    options: readonly { value: string; label: string }[];
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
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(aria) => (
        <select
          id={id}
          {...aria}
          className={`block w-full rounded-lg border bg-white px-3 py-3 text-base text-slate-900 ${controlBorderClass(aria)}`}
          {...selectProps}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
