import { Pagination } from "@/components/ui/pagination";
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
  switch (outcome.kind) {
    case "needs-criteria":
      return (
        <Notice title="Que cherchez-vous ?">
          <p>Indiquez une spécialité ou le nom d’un praticien, et une ville ou un code postal.</p>
          <SpecialtyLinks specialties={specialties} query={query} />
        </Notice>
      );
    case "unknown-specialty":
      return (
        <Notice title="Spécialité inconnue">
          <p>Choisissez l’une des spécialités proposées sur Praxis :</p>
          <SpecialtyLinks specialties={specialties} query={{ ...query, specialty: undefined }} />
        </Notice>
      );
    case "unknown-place":
      return (
        <Notice title="Lieu introuvable">
          <p>Nous ne trouvons pas ce lieu parmi les communes françaises. Essayez un code postal.</p>
          {outcome.suggestions.length > 0 && (
            <>
              <p>Vouliez-vous dire :</p>
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                {outcome.suggestions.map((place) => (
                  <li key={place.label}>
                    <a href={searchHref(query, { place: place.label })} className={LINK}>
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
  const { total, page, pageCount, place, radiusKm } = outcome;
  const summary = [
    `${total} praticien${total > 1 ? "s" : ""}`,
    place && radiusKm ? `à moins de ${formatDistance(radiusKm * 1000)} de ${place.label}` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <section aria-labelledby="resultats-titre" className="space-y-4">
      <h2 id="resultats-titre" className="text-xl font-bold text-slate-900" tabIndex={-1}>
        {summary}
      </h2>
      {outcome.matchedSpecialties.length > 0 && (
        <p className="text-slate-700">
          Spécialité{outcome.matchedSpecialties.length > 1 ? "s" : ""} reconnue
          {outcome.matchedSpecialties.length > 1 ? "s" : ""} :{" "}
          {outcome.matchedSpecialties.map((specialty) => specialty.name).join(", ")}
        </p>
      )}
      {outcome.truncated && (
        <p className="text-slate-700">
          Très nombreux résultats : seule une partie est classée. Indiquez une ville pour les
          praticiens les plus proches.
        </p>
      )}
      {total === 0 ? (
        <Notice title="Aucun praticien ne correspond" level="h3">
          <ul className="list-disc space-y-1 pl-5">
            {place && radiusKm && radiusKm < MAX_RADIUS_KM && (
              <li>
                <a href={searchHref(query, { radiusKm: widerRadius(radiusKm) })} className={LINK}>
                  Chercher dans un rayon de {widerRadius(radiusKm)} km
                </a>
              </li>
            )}
            {(query.availableWithinDays ||
              query.lang ||
              query.teleconsultation ||
              query.newPatients) && (
              <li>
                <a
                  href={searchHref(query, {
                    availableWithinDays: undefined,
                    lang: undefined,
                    teleconsultation: undefined,
                    newPatients: undefined,
                  })}
                  className={LINK}
                >
                  Retirer les filtres
                </a>
              </li>
            )}
            <li>Vérifiez l’orthographe, ou choisissez une spécialité :</li>
          </ul>
          <SpecialtyLinks specialties={specialties} query={query} />
        </Notice>
      ) : page > pageCount ? (
        <Notice title="Cette page de résultats n’existe pas" level="h3">
          <a href={searchHref(query, { page: 1 })} className={LINK}>
            Revenir à la première page
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
        hrefFor={(target) => searchHref(query, { page: target })}
        label="Pages de résultats"
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
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Spécialités">
      {specialties.map((specialty) => (
        <li key={specialty.slug}>
          <a
            href={searchHref(query, { q: specialty.name, specialty: undefined })}
            className="inline-block rounded-full border border-brand-200 bg-white px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50"
          >
            {specialty.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
