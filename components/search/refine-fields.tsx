import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import type { FieldErrors } from "@/lib/errors";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import {
  AVAILABLE_WITHIN_CHOICES,
  DEFAULT_RADIUS_KM,
  RADIUS_CHOICES_KM,
  SPOKEN_LANGUAGES,
  spokenLanguageNames,
} from "@/lib/search/schemas";
import type { SearchFormValues } from "./search-form";

const CHECKED = new Set(["true", "1", "on"]);

/** The refinements whose fields have their own error (the checkboxes cannot be wrong). */
export const REFINE_FIELDS = ["radiusKm", "availableWithinDays", "lang", "sort"] as const;

/** How many refinements differ from a plain search: the number the phone's button shows. */
export function countActiveRefinements(values: SearchFormValues): number {
  return [
    values.radiusKm !== undefined && values.radiusKm !== String(DEFAULT_RADIUS_KM),
    Boolean(values.availableWithinDays),
    Boolean(values.lang),
    Boolean(values.sort),
    CHECKED.has(values.teleconsultation ?? ""),
    CHECKED.has(values.newPatients ?? ""),
  ].filter(Boolean).length;
}

// Radius, availability, language, sort and two checkboxes. On a phone they sit behind the
// "Refine" button, which already names them: the legend is then for screen readers only.
export function RefineFields({
  values,
  errors,
}: {
  values: SearchFormValues;
  errors: FieldErrors;
}) {
  const t = useTranslations("search");
  const locale = useLocale();
  const languageNames = spokenLanguageNames(SPOKEN_LANGUAGES, INTL_LOCALE[locale]);
  return (
    <fieldset className="grid gap-4 pt-4 sm:grid-cols-2 md:pt-0 lg:grid-cols-4">
      <legend className="mb-2 text-sm font-semibold text-slate-900 max-md:sr-only">
        {t("refine.legend")}
      </legend>
      <SelectField
        id="recherche-rayon"
        name="radiusKm"
        label={t("refine.radius")}
        defaultValue={values.radiusKm ?? String(DEFAULT_RADIUS_KM)}
        errors={errors.radiusKm}
        options={RADIUS_CHOICES_KM.map((km) => ({
          value: String(km),
          label: t("refine.radiusChoice", { km }),
        }))}
      />
      <SelectField
        id="recherche-delai"
        name="availableWithinDays"
        label={t("refine.availability")}
        placeholder={t("refine.anyTime")}
        defaultValue={values.availableWithinDays ?? ""}
        errors={errors.availableWithinDays}
        options={AVAILABLE_WITHIN_CHOICES.map((days) => ({
          value: String(days),
          label: t("refine.within", { days }),
        }))}
      />
      <SelectField
        id="recherche-langue"
        name="lang"
        label={t("refine.language")}
        placeholder={t("refine.allLanguages")}
        defaultValue={values.lang ?? ""}
        errors={errors.lang}
        options={SPOKEN_LANGUAGES.map((code, index) => ({
          value: code,
          label: capitalize(languageNames[index], locale),
        }))}
      />
      <SelectField
        id="recherche-tri"
        name="sort"
        label={t("refine.sort")}
        placeholder={t("refine.sortAuto")}
        defaultValue={values.sort ?? ""}
        errors={errors.sort}
        options={[
          { value: "distance", label: t("refine.sortDistance") },
          { value: "availability", label: t("refine.sortAvailability") },
        ]}
      />
      <div className="flex flex-wrap gap-x-6 gap-y-2 sm:col-span-2 lg:col-span-4">
        <Checkbox
          id="recherche-teleconsultation"
          name="teleconsultation"
          label={t("refine.teleconsultation")}
          checked={CHECKED.has(values.teleconsultation ?? "")}
        />
        <Checkbox
          id="recherche-nouveaux"
          name="newPatients"
          label={t("refine.newPatients")}
          checked={CHECKED.has(values.newPatients ?? "")}
        />
      </div>
    </fieldset>
  );
}

// "français" → "Français" as the first word of an option (German nouns already are).
function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

// Its label toggles it too, and is 44 px tall: a target a thumb can hit, not just the box.
function Checkbox(props: { id: string; name: string; label: string; checked: boolean }) {
  return (
    <div className="flex min-h-11 items-center gap-2">
      <input
        id={props.id}
        type="checkbox"
        name={props.name}
        value="true"
        defaultChecked={props.checked}
        className="size-5 shrink-0 rounded border-slate-500 accent-brand-600"
      />
      <label htmlFor={props.id} className="py-2.5 text-slate-800">
        {props.label}
      </label>
    </div>
  );
}
