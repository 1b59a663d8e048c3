import { useLocale, useTranslations } from "next-intl";
import { CampaignField } from "@/components/campaigns/campaign-field";
import { Button } from "@/components/ui/button";
import { SearchIcon } from "@/components/ui/icons";
import { SelectField } from "@/components/ui/select-field";
import type { FieldErrors } from "@/lib/errors";
import { INTL_LOCALE, localizePath } from "@/lib/i18n/locales";
import {
  AVAILABLE_WITHIN_CHOICES,
  DEFAULT_RADIUS_KM,
  RADIUS_CHOICES_KM,
  SPOKEN_LANGUAGES,
  spokenLanguageNames,
} from "@/lib/search/schemas";
import { WhatWhereFields } from "./what-where-fields";

/** What the form shows: the submitted values as typed (valid or not). */
export type SearchFormValues = Partial<
  Record<
    | "q"
    | "specialty"
    | "place"
    | "radiusKm"
    | "availableWithinDays"
    | "lang"
    | "sort"
    | "teleconsultation"
    | "newPatients",
    string
  >
>;

const CHECKED = new Set(["true", "1", "on"]);

// A plain GET form: it works without JavaScript, and the search stays on our origin
// (Referrer-Policy: same-origin keeps it out of other sites' referrers).
export function SearchForm({ values, errors }: { values: SearchFormValues; errors: FieldErrors }) {
  const t = useTranslations("search");
  const locale = useLocale();
  const languageNames = spokenLanguageNames(SPOKEN_LANGUAGES, INTL_LOCALE[locale]);
  return (
    <form
      action={localizePath(locale, "/recherche")}
      method="get"
      role="search"
      aria-label={t("formLabel")}
      className="grid gap-5 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <div className="grid gap-4 md:grid-cols-[1.4fr_1fr]">
        <WhatWhereFields idPrefix="recherche" values={values} errors={errors} />
      </div>
      {values.specialty && <input type="hidden" name="specialty" value={values.specialty} />}
      <CampaignField />
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("refine.legend")}</legend>
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
      <div>
        <Button type="submit" className="w-full sm:w-auto">
          <SearchIcon className="size-5" />
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}

// "français" → "Français" as the first word of an option (German nouns already are).
function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

function Checkbox(props: { id: string; name: string; label: string; checked: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input
        id={props.id}
        type="checkbox"
        name={props.name}
        value="true"
        defaultChecked={props.checked}
        className="size-5 rounded border-slate-500 accent-brand-600"
      />
      <label htmlFor={props.id} className="text-slate-800">
        {props.label}
      </label>
    </div>
  );
}
