import { useLocale, useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button";
import { MapPinIcon } from "@/components/ui/icons";
import { useJourneyHref } from "@/lib/campaigns/request-campaign";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatDistance, profilePath } from "@/lib/practitioners/format";
import { spokenLanguageNames } from "@/lib/search/schemas";
import type { SearchResult } from "@/lib/search/search-practitioners";
import { practitionerName } from "@/lib/utils/practitioner-name";
import { NextFreeDays } from "./next-free-days";

export function ResultCard({ result }: { result: SearchResult }) {
  const t = useTranslations("search.result");
  const locale = useLocale();
  const journeyHref = useJourneyHref();
  const intlLocale = INTL_LOCALE[locale];
  const name = practitionerName(result);
  const profileHref = journeyHref(profilePath(result.slug));
  const headingId = `resultat-${result.slug}`;
  return (
    <article
      aria-labelledby={headingId}
      // One column that never grows past the card (an auto track would take the widest
      // line's width), two from md.
      className="grid grid-cols-1 gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-[1fr_1.2fr]"
    >
      <div className="space-y-2">
        <h3 id={headingId} className="text-lg font-bold text-slate-900">
          <a href={profileHref} className="text-brand-700 underline hover:text-brand-800">
            {name}
          </a>
        </h3>
        <p className="font-medium text-slate-800">{result.specialty.name}</p>
        <ul className="space-y-1 text-sm text-slate-700">
          {result.locations.map((location) => (
            <li key={location.id} className="flex gap-1.5">
              <MapPinIcon className="mt-0.5 size-4 shrink-0 text-slate-500" />
              <span>
                {location.address}, {location.postcode} {location.city}
              </span>
            </li>
          ))}
        </ul>
        {result.distanceMeters !== null && (
          <p className="text-sm text-slate-700">
            {t("distance", { distance: formatDistance(result.distanceMeters, intlLocale) })}
          </p>
        )}
        <ul className="flex flex-wrap gap-2 text-xs font-medium">
          {result.teleconsultation && <Badge>{t("teleconsultation")}</Badge>}
          <Badge>{result.acceptsNewPatients ? t("newPatients") : t("returningOnly")}</Badge>
          <Badge>
            {t("speaks", {
              languages: spokenLanguageNames(result.languages, intlLocale).join(", "),
            })}
          </Badge>
        </ul>
      </div>
      <div className="flex flex-col justify-between gap-4">
        <NextFreeDays days={result.nextFreeDays} timeZone={result.timeZone} />
        <a
          href={`${profileHref}#creneaux`}
          aria-label={t("bookWith", { name })}
          className={buttonClassName("secondary", "self-start")}
        >
          {t("book")}
        </a>
      </div>
    </article>
  );
}

function Badge({ children }: { children: React.ReactNode }) {
  return <li className="rounded-full bg-slate-100 px-2.5 py-1 text-slate-800">{children}</li>;
}
