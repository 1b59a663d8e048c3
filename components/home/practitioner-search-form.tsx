import { WhatWhereFields } from "@/components/search/what-where-fields";
import { Button } from "@/components/ui/button";
import { SearchIcon } from "@/components/ui/icons";

// A plain GET form: it works without JavaScript and sends nothing anywhere but /recherche.
export function PractitionerSearchForm() {
  return (
    <form
      action="/recherche"
      method="get"
      role="search"
      aria-label="Rechercher un praticien"
      className="grid gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-lg shadow-brand-900/5 sm:p-6 md:grid-cols-[1.4fr_1fr_auto] md:items-end"
    >
      <WhatWhereFields idPrefix="accueil" />
      <Button type="submit" className="w-full md:w-auto">
        <SearchIcon className="size-5" />
        Rechercher
      </Button>
    </form>
  );
}
