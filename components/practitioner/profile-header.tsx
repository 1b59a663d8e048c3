import { useLocale, useTranslations } from "next-intl";
import { INTL_LOCALE } from "@/lib/i18n/locales";
import { formatFees, type ConventionSector } from "@/lib/practitioners/format";
import type { PublicProfile } from "@/lib/practitioners/get-public-profile";
import { spokenLanguageNames } from "@/lib/search/schemas";
import { practitionerName } from "@/lib/utils/practitioner-name";

const SECTOR_KEYS = {
  SECTOR_1: "sectors.SECTOR_1",
  SECTOR_2: "sectors.SECTOR_2",
  NON_CONVENTIONED: "sectors.NON_CONVENTIONED",
} as const satisfies Record<ConventionSector, string>;

export function ProfileHeader({ profile }: { profile: PublicProfile }) {
  const t = useTranslations("practitioner");
  const intlLocale = INTL_LOCALE[useLocale()];
  const fees = formatFees(profile.fees.minCents, profile.fees.maxCents, intlLocale);
  const languages = spokenLanguageNames(profile.languages, intlLocale);
  return (
    <header className="space-y-4">
      <div>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">
          {practitionerName(profile)}
        </h1>
        <p className="mt-1 text-lg font-medium text-brand-800">{profile.specialty.name}</p>
      </div>
      <dl className="grid gap-x-8 gap-y-3 text-slate-800 sm:grid-cols-2">
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t("convention")}</dt>
          <dd>{t(SECTOR_KEYS[profile.conventionSector])}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t("fees")}</dt>
          <dd>
            {fees === null
              ? t("feesUnknown")
              : "amount" in fees
                ? fees.amount
                : t("feeRange", { min: fees.min, max: fees.max })}
          </dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t("languages")}</dt>
          <dd className="first-letter:uppercase">{languages.join(", ")}</dd>
        </div>
        <div>
          <dt className="text-sm font-semibold text-slate-600">{t("newPatients")}</dt>
          <dd>{profile.acceptsNewPatients ? t("newPatientsAccepted") : t("returningOnly")}</dd>
        </div>
      </dl>
      {profile.bio && <p className="max-w-3xl text-slate-700">{profile.bio}</p>}
    </header>
  );
}
