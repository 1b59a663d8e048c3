import type { InputHTMLAttributes, ReactNode } from "react";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> & {
  id: string;
  label: string;
  icon?: ReactNode;
};

// A visible <label> tied to its input: placeholders alone are not labels.
export function TextField({ id, label, icon, ...inputProps }: TextFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="mb-1.5 block text-sm font-medium text-slate-700">
        {label}
      </label>
      <div className="relative">
        {icon && (
          <span className="pointer-events-none absolute inset-y-0 left-3 flex items-center text-slate-500">
            {icon}
          </span>
        )}
        <input
          id={id}
          className={`block w-full rounded-lg border border-slate-500 bg-white py-3 pr-3 text-base text-slate-900 placeholder:text-slate-500 hover:border-slate-700 ${icon ? "pl-10" : "pl-3"}`}
          {...inputProps}
        />
      </div>
    </div>
  );
}
