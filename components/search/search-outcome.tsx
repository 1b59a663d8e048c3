import { useLocale, useTranslations } from "next-intl";
import { Pagination } from "@/components/ui/pagination";
import { useJourneyHref } from "@/lib/campaigns/request-campaign";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatDistance } from "@/lib/practitioners/format";
import type { SpecialtyOption } from "@/lib/practitioners/list-specialties";
import { MAX_RADIUS_KM, RADIUS_CHOICES_KM, type SearchQuery } from "@/lib/search/schemas";
import type { SearchOutcome } from "@/lib/search/search-practitioners";
import { ResultCard } from "./result-card";
import { searchHref } from "./search-href";

const LINK = "font-medium text-brand-700 underline hover:text-brand-800";

type Props = { outcome: SearchOutcome; query: SearchQuery; specialties: SpecialtyOption[] };

// What a search found, or, when it found nothing, what to try next.
export function SearchOutcomeView({ outcome, query, specialties }: Props) {
  const t = useTranslations("search");
  const journeyHref = useJourneyHref();
  switch (outcome.kind) {
    case "needs-criteria":
      return (
        <Notice title={t("needsCriteria.title")}>
          <p>{t("needsCriteria.body")}</p>
          <SpecialtyLinks specialties={specialties} query={query} />
        </Notice>
      );
    case "unknown-specialty":
      return (
        <Notice title={t("unknownSpecialty.title")}>
          <p>{t("unknownSpecialty.body")}</p>
          <SpecialtyLinks specialties={specialties} query={{ ...query, specialty: undefined }} />
        </Notice>
      );
    case "unknown-place":
      return (
        <Notice title={t("unknownPlace.title")}>
          <p>{t("unknownPlace.body")}</p>
          {outcome.suggestions.length > 0 && (
            <>
              <p>{t("unknownPlace.didYouMean")}</p>
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                {outcome.suggestions.map((place) => (
                  <li key={place.label}>
                    <a
                      href={journeyHref(searchHref(query, { place: place.label }))}
                      className={LINK}
                    >
                      {place.label}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Notice>
      );
    case "results":
      return <ResultsView outcome={outcome} query={query} specialties={specialties} />;
  }
}

function ResultsView({
  outcome,
  query,
  specialties,
}: Props & { outcome: Extract<SearchOutcome, { kind: "results" }> }) {
  const t = useTranslations("search");
  const locale = useLocale();
  const journeyHref = useJourneyHref();
  const { total, page, pageCount, place, radiusKm } = outcome;
  const summary =
    place && radiusKm
      ? t("summaryNear", {
          count: total,
          distance: formatDistance(radiusKm * 1000, INTL_LOCALE[locale]),
          place: place.label,
        })
      : t("summary", { count: total });
  return (
    <section aria-labelledby="resultats-titre" className="space-y-4">
      <h2 id="resultats-titre" className="text-xl font-bold text-slate-900" tabIndex={-1}>
        {summary}
      </h2>
      {outcome.matchedSpecialties.length > 0 && (
        <p className="text-slate-700">
          {t("matchedSpecialties", {
            count: outcome.matchedSpecialties.length,
            names: outcome.matchedSpecialties.map((specialty) => specialty.name).join(", "),
          })}
        </p>
      )}
      {outcome.truncated && <p className="text-slate-700">{t("truncated")}</p>}
      {total === 0 ? (
        <Notice title={t("noResults.title")} level="h3">
          <ul className="list-disc space-y-1 pl-5">
            {place && radiusKm && radiusKm < MAX_RADIUS_KM && (
              <li>
                <a
                  href={journeyHref(searchHref(query, { radiusKm: widerRadius(radiusKm) }))}
                  className={LINK}
                >
                  {t("noResults.widerRadius", { km: widerRadius(radiusKm) })}
                </a>
              </li>
            )}
            {(query.availableWithinDays ||
              query.lang ||
              query.teleconsultation ||
              query.newPatients) && (
              <li>
                <a
                  href={journeyHref(
                    searchHref(query, {
                      availableWithinDays: undefined,
                      lang: undefined,
                      teleconsultation: undefined,
                      newPatients: undefined,
                    }),
                  )}
                  className={LINK}
                >
                  {t("noResults.removeFilters")}
                </a>
              </li>
            )}
            <li>{t("noResults.checkSpelling")}</li>
          </ul>
          <SpecialtyLinks specialties={specialties} query={query} />
        </Notice>
      ) : page > pageCount ? (
        <Notice title={t("pageMissing.title")} level="h3">
          <a href={journeyHref(searchHref(query, { page: 1 }))} className={LINK}>
            {t("pageMissing.firstPage")}
          </a>
        </Notice>
      ) : (
        <ol className="space-y-4">
          {outcome.results.map((result) => (
            <li key={result.slug}>
              <ResultCard result={result} />
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(target) => journeyHref(searchHref(query, { page: target }))}
        label={t("pages")}
      />
    </section>
  );
}

function widerRadius(radiusKm: number): number {
  return RADIUS_CHOICES_KM.find((choice) => choice > radiusKm) ?? MAX_RADIUS_KM;
}

type NoticeProps = { title: string; children: React.ReactNode; level?: "h2" | "h3" };

function Notice({ title, children, level: Heading = "h2" }: NoticeProps) {
  return (
    <div className="space-y-3 rounded-2xl border border-slate-200 bg-slate-50 p-5 text-slate-800">
      <Heading className="text-lg font-bold text-slate-900">{title}</Heading>
      {children}
    </div>
  );
}

function SpecialtyLinks({
  specialties,
  query,
}: {
  specialties: SpecialtyOption[];
  query: SearchQuery;
}) {
  const t = useTranslations("search");
  const journeyHref = useJourneyHref();
  return (
    <ul className="flex flex-wrap gap-2" aria-label={t("specialtyList")}>
      {specialties.map((specialty) => (
        <li key={specialty.slug}>
          <a
            href={journeyHref(searchHref(query, { q: specialty.name, specialty: undefined }))}
            className="inline-block rounded-full border border-brand-200 bg-white px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
          >
            {specialty.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
