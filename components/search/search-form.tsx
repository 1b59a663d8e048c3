import { useLocale, useTranslations } from "next-intl";
import { CampaignField } from "@/components/campaigns/campaign-field";
import { Button } from "@/components/ui/button";
import { SearchIcon, SlidersIcon } from "@/components/ui/icons";
import type { FieldErrors } from "@/lib/errors";
import { localizePath } from "@/lib/i18n/locales";
import { countActiveRefinements, REFINE_FIELDS, RefineFields } from "./refine-fields";
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

// A plain GET form: it works without JavaScript, and the search stays on our origin
// (Referrer-Policy: same-origin keeps it out of other sites' referrers).
// On a phone the results come first: what and where stay in view, and the refinements fold
// behind one button that says how many are in use — a native <details>, so it needs no
// script. From the md breakpoint the fold is undone in CSS (::details-content shown, the
// button hidden) and the form looks as it always did. It opens by itself when a refinement
// was refused, so its error is never hidden.
export function SearchForm({ values, errors }: { values: SearchFormValues; errors: FieldErrors }) {
  const t = useTranslations("search");
  const locale = useLocale();
  const active = countActiveRefinements(values);
  return (
    <form
      action={localizePath(locale, "/recherche")}
      method="get"
      role="search"
      aria-label={t("formLabel")}
      className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 md:gap-5"
    >
      <div className="grid gap-4 md:grid-cols-[1.4fr_1fr]">
        <WhatWhereFields idPrefix="recherche" values={values} errors={errors} />
      </div>
      {values.specialty && <input type="hidden" name="specialty" value={values.specialty} />}
      <CampaignField />
      <div className="flex flex-wrap items-start gap-3 md:gap-5">
        <details
          open={REFINE_FIELDS.some((field) => errors[field]?.length)}
          className="min-w-0 open:basis-full md:basis-full md:details-content:[content-visibility:visible]"
        >
          <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 rounded-lg border border-slate-300 px-4 font-semibold text-slate-800 hover:bg-slate-50 md:hidden [&::-webkit-details-marker]:hidden">
            <SlidersIcon className="size-5" />
            {t("refine.legend")}
            {active > 0 && (
              <>
                <span
                  aria-hidden="true"
                  className="rounded-full bg-brand-600 px-2 text-sm leading-6 text-white"
                >
                  {active}
                </span>
                <span className="sr-only">{t("refine.active", { count: active })}</span>
              </>
            )}
          </summary>
          <RefineFields values={values} errors={errors} />
        </details>
        <Button type="submit" className="flex-1 sm:flex-none">
          <SearchIcon className="size-5" />
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
