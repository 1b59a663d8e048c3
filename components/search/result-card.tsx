import { useLocale, useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button";
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
    // The rc-* classes live in app/globals.css: twenty cards repeat them in the HTML and
    // again in the RSC payload, so the markup carries short names, not utility lists.
    <article aria-labelledby={headingId} className="rc">
      <div className="rc-about">
        <h3 id={headingId}>
          <a href={profileHref}>{name}</a>
        </h3>
        <p className="rc-specialty">{result.specialty.name}</p>
        <ul className="rc-places">
          {result.locations.map((location) => (
            <li key={location.id}>
              {location.address}, {location.postcode} {location.city}
            </li>
          ))}
        </ul>
        {result.distanceMeters !== null && (
          <p className="rc-note">
            {t("distance", { distance: formatDistance(result.distanceMeters, intlLocale) })}
          </p>
        )}
        <ul className="rc-badges">
          {result.teleconsultation && <li>{t("teleconsultation")}</li>}
          <li>{result.acceptsNewPatients ? t("newPatients") : t("returningOnly")}</li>
          <li>
            {t("speaks", {
              languages: spokenLanguageNames(result.languages, intlLocale).join(", "),
            })}
          </li>
        </ul>
      </div>
      <div className="rc-availability">
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
