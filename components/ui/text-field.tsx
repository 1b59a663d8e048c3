import type { InputHTMLAttributes, ReactNode } from "react";
import { controlBorderClass, FieldFrame, type FieldTexts } from "./field-frame";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> &
  FieldTexts & { icon?: ReactNode };

export function TextField({ id, label, icon, hint, errors, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(aria) => (
        <div className="relative">
          {icon && (
            <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500">
              {icon}
            </span>
          )}
          <input
            id={id}
            {...aria}
            className={`block w-full rounded-lg border bg-white py-3 pr-3 text-base text-slate-900 placeholder:text-slate-500 ${controlBorderClass(aria)} ${icon ? "pl-10" : "pl-3"}`}
            {...inputProps}
          />
        </div>
      )}
    </FieldFrame>
  );
}
