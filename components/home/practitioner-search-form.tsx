import { Button } from "@/components/ui/button";
import { MapPinIcon, SearchIcon } from "@/components/ui/icons";
import { TextField } from "@/components/ui/text-field";

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
      <TextField
        id="search-q"
        name="q"
        label="Spécialité, nom du praticien"
        placeholder="Ex. : généraliste, Dr Martin"
        autoComplete="off"
        maxLength={100}
        icon={<SearchIcon className="size-5" />}
      />
      <TextField
        id="search-place"
        name="place"
        label="Où ? (ville ou code postal)"
        placeholder="Ex. : Lyon, 69003"
        autoComplete="address-level2"
        maxLength={100}
        icon={<MapPinIcon className="size-5" />}
      />
      <Button type="submit" className="w-full md:w-auto">
        <SearchIcon className="size-5" />
        Rechercher
      </Button>
    </form>
  );
}
