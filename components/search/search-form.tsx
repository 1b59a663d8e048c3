import { Button } from "@/components/ui/button";
import { SearchIcon } from "@/components/ui/icons";
import { SelectField } from "@/components/ui/select-field";
import type { FieldErrors } from "@/lib/errors";
import {
  AVAILABLE_WITHIN_CHOICES,
  DEFAULT_RADIUS_KM,
  RADIUS_CHOICES_KM,
  SPOKEN_LANGUAGES,
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

const WITHIN_LABELS: Record<(typeof AVAILABLE_WITHIN_CHOICES)[number], string> = {
  1: "Dans les 24 heures",
  3: "Dans les 3 jours",
  7: "Dans les 7 jours",
  14: "Dans les 14 jours",
};

const CHECKED = new Set(["true", "1", "on"]);

// A plain GET form: it works without JavaScript, and the search stays on our origin
// (Referrer-Policy: same-origin keeps it out of other sites' referrers).
export function SearchForm({ values, errors }: { values: SearchFormValues; errors: FieldErrors }) {
  return (
    <form
      action="/recherche"
      method="get"
      role="search"
      aria-label="Rechercher un praticien"
      className="grid gap-5 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <div className="grid gap-4 md:grid-cols-[1.4fr_1fr]">
        <WhatWhereFields idPrefix="recherche" values={values} errors={errors} />
      </div>
      {values.specialty && <input type="hidden" name="specialty" value={values.specialty} />}
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 text-sm font-semibold text-slate-900">Affiner</legend>
        <SelectField
          id="recherche-rayon"
          name="radiusKm"
          label="Rayon autour du lieu"
          defaultValue={values.radiusKm ?? String(DEFAULT_RADIUS_KM)}
          errors={errors.radiusKm}
          options={RADIUS_CHOICES_KM.map((km) => ({ value: String(km), label: `${km} km` }))}
        />
        <SelectField
          id="recherche-delai"
          name="availableWithinDays"
          label="Disponibilité"
          placeholder="Peu importe"
          defaultValue={values.availableWithinDays ?? ""}
          errors={errors.availableWithinDays}
          options={AVAILABLE_WITHIN_CHOICES.map((days) => ({
            value: String(days),
            label: WITHIN_LABELS[days],
          }))}
        />
        <SelectField
          id="recherche-langue"
          name="lang"
          label="Langue parlée"
          placeholder="Toutes les langues"
          defaultValue={values.lang ?? ""}
          errors={errors.lang}
          options={Object.entries(SPOKEN_LANGUAGES).map(([code, name]) => ({
            value: code,
            label: name[0].toUpperCase() + name.slice(1),
          }))}
        />
        <SelectField
          id="recherche-tri"
          name="sort"
          label="Trier par"
          placeholder="Automatique"
          defaultValue={values.sort ?? ""}
          errors={errors.sort}
          options={[
            { value: "distance", label: "Distance" },
            { value: "availability", label: "Disponibilité la plus proche" },
          ]}
        />
        <div className="flex flex-wrap gap-x-6 gap-y-2 sm:col-span-2 lg:col-span-4">
          <Checkbox
            id="recherche-teleconsultation"
            name="teleconsultation"
            label="Propose la téléconsultation"
            checked={CHECKED.has(values.teleconsultation ?? "")}
          />
          <Checkbox
            id="recherche-nouveaux"
            name="newPatients"
            label="Accepte de nouveaux patients"
            checked={CHECKED.has(values.newPatients ?? "")}
          />
        </div>
      </fieldset>
      <div>
        <Button type="submit" className="w-full sm:w-auto">
          <SearchIcon className="size-5" />
          Rechercher
        </Button>
      </div>
    </form>
  );
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
