import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { MotiveSlots } from "@/components/practitioner/motive-slots";
import { PracticeList } from "@/components/practitioner/practice-list";
import { ProfileHeader } from "@/components/practitioner/profile-header";
import { buttonClassName } from "@/components/ui/button";
import { withCampaign } from "@/lib/campaigns/campaign-param";
import { countCampaignStep } from "@/lib/campaigns/count-step";
import { currentCampaign } from "@/lib/campaigns/request-campaign";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { getMotiveWeeks } from "@/lib/practitioners/get-practitioner-slots";
import { getPublicProfile, type PublicProfile } from "@/lib/practitioners/get-public-profile";
import { practitionerName } from "@/lib/utils/practitioner-name";

type Params = { params: Promise<{ slug: string }> };

// Public: no session. Missing, unverified and malformed slugs are one and the same 404.
// Shared by the metadata and the page within one request.
const loadProfile = cache((slug: string, locale: Locale): Promise<PublicProfile> =>
  getPublicProfile(slug, new Date(), locale).catch(notFoundOnAppError),
);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: practitionerName(await loadProfile((await params).slug, await getLocale())) };
}

export default async function PractitionerPage({ params }: Params) {
  const [{ slug }, locale, t] = await Promise.all([
    params,
    getLocale(),
    getTranslations("practitioner"),
  ]);
  const profile = await loadProfile(slug, locale);
  const [weeks, campaign] = await Promise.all([
    getMotiveWeeks(profile, new Date()),
    currentCampaign(),
    countCampaignStep("PROFILE_VIEW"),
  ]);
  return (
    <div className="mx-auto max-w-5xl space-y-10 px-4 py-10 sm:px-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <a
          href={withCampaign(localizePath(locale, "/recherche"), campaign)}
          className="text-brand-700 underline hover:text-brand-800"
        >
          {t("searchAgain")}
        </a>
      </nav>
      <ProfileHeader profile={profile} />
      <a href="#creneaux" className={buttonClassName("primary")}>
        {t("book")}
      </a>
      <section id="creneaux" aria-labelledby="creneaux-titre" className="scroll-mt-6 space-y-4">
        <h2 id="creneaux-titre" className="text-xl font-bold text-slate-900">
          {t("slotsTitle")}
        </h2>
        <p className="text-slate-700">{t("slotsIntro")}</p>
        <MotiveSlots weeks={weeks} timeZone={profile.timeZone} slug={profile.slug} />
      </section>
      <PracticeList locations={profile.locations} />
    </div>
  );
}
