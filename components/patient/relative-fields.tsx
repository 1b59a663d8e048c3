import { useTranslations } from "next-intl";
import { BirthDateField } from "@/components/ui/birth-date-field";
import { PersonNameFields } from "@/components/ui/person-name-fields";
import { SelectField } from "@/components/ui/select-field";
import { RELATIONSHIP_VALUES } from "./relationship-labels";

type RelativeField = "relationship" | "firstName" | "lastName" | "birthDate";

type RelativeFieldsProps = {
  ids: Record<RelativeField, string>;
  value: (name: RelativeField) => string;
  errors: Partial<Record<string, string[]>>;
  today: string;
};

// Who a relative is, asked the same way in the patient area and while booking for them.
export function RelativeFields({ ids, value, errors, today }: RelativeFieldsProps) {
  const t = useTranslations("ui.relationship");
  return (
    <>
      <SelectField
        id={ids.relationship}
        name="relationship"
        label={t("label")}
        required
        placeholder={t("choose")}
        options={RELATIONSHIP_VALUES.map((value) => ({ value, label: t(value) }))}
        defaultValue={value("relationship")}
        errors={errors.relationship}
      />
      <PersonNameFields ids={ids} value={value} errors={errors} holder="someone-else" />
      <BirthDateField
        id={ids.birthDate}
        defaultValue={value("birthDate")}
        errors={errors.birthDate}
        today={today}
        holder="someone-else"
      />
    </>
  );
}
