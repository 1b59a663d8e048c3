import { useLocale, useTranslations } from "next-intl";
import { CampaignField } from "@/components/campaigns/campaign-field";
import { WhatWhereFields } from "@/components/search/what-where-fields";
import { Button } from "@/components/ui/button";
import { SearchIcon } from "@/components/ui/icons";
import { localizePath } from "@/lib/i18n/locales";

// A plain GET form: it works without JavaScript and sends nothing anywhere but /recherche
// (in the page's language).
export function PractitionerSearchForm() {
  const t = useTranslations("search");
  const locale = useLocale();
  return (
    <form
      action={localizePath(locale, "/recherche")}
      method="get"
      role="search"
      aria-label={t("formLabel")}
      className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-lg shadow-brand-900/5 sm:p-6 md:grid-cols-[1.4fr_1fr_auto] md:items-end"
    >
      <WhatWhereFields idPrefix="accueil" />
      <CampaignField />
      <Button type="submit" className="w-full md:w-auto">
        <SearchIcon className="size-5" />
        {t("submit")}
      </Button>
    </form>
  );
}
