import { useTranslations } from "next-intl";
import { NAME_MAX_LENGTH } from "@/lib/patients/limits";
import { TextField } from "./text-field";

type NameField = "firstName" | "lastName";

const NAME_FIELDS = [
  { name: "firstName", ownAutoComplete: "given-name" },
  { name: "lastName", ownAutoComplete: "family-name" },
] as const;

type PersonNameFieldsProps = {
  ids: Record<NameField, string>;
  value: (name: NameField) => string;
  errors: Partial<Record<string, string[]>>;
  /**
   * Whose name it is. Only the user's own may be filled in by the browser: for a relative or
   * a practitioner its suggestion would be the user's own name.
   */
  holder: "self" | "someone-else";
};

// First name and last name side by side, as every form that names a person asks for them.
export function PersonNameFields({ ids, value, errors, holder }: PersonNameFieldsProps) {
  const t = useTranslations("ui");
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      {NAME_FIELDS.map(({ name, ownAutoComplete }) => (
        <TextField
          key={name}
          id={ids[name]}
          name={name}
          label={t(name)}
          autoComplete={holder === "self" ? ownAutoComplete : "off"}
          required
          maxLength={NAME_MAX_LENGTH}
          defaultValue={value(name)}
          errors={errors[name]}
        />
      ))}
    </div>
  );
}
