import { useTranslations } from "next-intl";
import { OLDEST_BIRTH_DATE } from "@/lib/patients/limits";
import { TextField } from "./text-field";

type BirthDateFieldProps = {
  id: string;
  defaultValue: string;
  errors?: string[];
  /** The server's date ("AAAA-MM-JJ"): the browser's clock may be wrong or in another zone. */
  today: string;
  /** Whose date it is: only the user's own may be filled in by the browser. */
  holder: "self" | "someone-else";
};

// The same bounds as the server's birth-date rule, so the date picker offers no day it refuses.
export function BirthDateField({ id, defaultValue, errors, today, holder }: BirthDateFieldProps) {
  const t = useTranslations("ui");
  return (
    <TextField
      id={id}
      name="birthDate"
      type="date"
      label={t("birthDate")}
      autoComplete={holder === "self" ? "bday" : undefined}
      required
      min={OLDEST_BIRTH_DATE}
      max={today}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}
