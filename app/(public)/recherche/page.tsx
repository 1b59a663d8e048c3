import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SearchForm, type SearchFormValues } from "@/components/search/search-form";
import { SearchOutcomeView } from "@/components/search/search-outcome";
import { countCampaignStep } from "@/lib/campaigns/count-step";
import { toActionFailure } from "@/lib/errors";
import { listSpecialties } from "@/lib/practitioners/list-specialties";
import { SEARCH_TEXT_MAX_LENGTH, searchQuerySchema } from "@/lib/search/schemas";
import { searchPractitioners } from "@/lib/search/search-practitioners";

// Never the search itself: titles end up in history, bookmarks and shared screens.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("search");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

// Public: no session needed. Unknown parameters are ignored here (the JSON API refuses
// them); a campaign tag is read by the proxy, and links and the form carry it on.
export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const [params, locale, t] = await Promise.all([
    searchParams,
    getLocale(),
    getTranslations("search"),
  ]);
  const values = formValues(params);
  const parsed = searchQuerySchema.safeParse(params);
  const [specialties, outcome] = await Promise.all([
    listSpecialties(locale),
    parsed.success ? searchPractitioners(parsed.data, new Date(), locale) : null,
  ]);
  const errors = parsed.success ? {} : (toActionFailure(parsed.error, locale).fieldErrors ?? {});
  // A search that ran (results, maybe none); not an empty form or a place it did not know.
  if (outcome?.kind === "results") await countCampaignStep("SEARCH");
  return (
    // Tighter on a phone, so the first result shows without scrolling after a search.
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-6 sm:space-y-8 sm:px-6 sm:py-10">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
        {t("heading")}
      </h1>
      <SearchForm values={values} errors={errors} />
      <AddressErrors errors={errors} title={t("addressError")} />
      {outcome && parsed.success && (
        <SearchOutcomeView outcome={outcome} query={parsed.data} specialties={specialties} />
      )}
    </div>
  );
}

// Parameters without a field of their own (a hand-edited or outdated link).
const FORM_FIELDS = new Set(["q", "place", "radiusKm", "availableWithinDays", "lang", "sort"]);

function AddressErrors({ errors, title }: { errors: Record<string, string[]>; title: string }) {
  const messages = Object.entries(errors)
    .filter(([field]) => !FORM_FIELDS.has(field))
    .flatMap(([, list]) => list);
  if (messages.length === 0) return null;
  return (
    <div className="rounded-2xl border border-red-200 bg-red-50 p-5 text-red-800">
      <h2 className="font-bold">{title}</h2>
      <ul className="mt-2 list-disc pl-5">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

// The values as typed, for the form to show them back; over-long ones are cut to what the
// field accepts (its error says why).
function formValues(params: SearchParams): SearchFormValues {
  const text = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value)?.slice(0, SEARCH_TEXT_MAX_LENGTH);
  return {
    q: text(params.q),
    specialty: text(params.specialty),
    place: text(params.place),
    radiusKm: text(params.radiusKm),
    availableWithinDays: text(params.availableWithinDays),
    lang: text(params.lang),
    sort: text(params.sort),
    teleconsultation: text(params.teleconsultation),
    newPatients: text(params.newPatients),
  };
}
