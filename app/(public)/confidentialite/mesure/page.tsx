import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CountedEntryList } from "@/components/campaigns/counted-entry-list";
import { currentCampaign } from "@/lib/campaigns/request-campaign";
import { measurementFacts } from "@/lib/campaigns/transparency";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("measurement");
  return { title: t("title") };
}

const NEVER_STORED = ["address", "identifier", "time", "search", "appointment"] as const;

// Public: what campaign measurement counts and keeps, for patients, from the counter's code.
export default async function MeasurementPage() {
  const [t, label, campaign] = await Promise.all([
    getTranslations("measurement"),
    getTranslations(),
    currentCampaign(),
  ]);
  const facts = measurementFacts(campaign);
  return (
    <div className="mx-auto max-w-3xl space-y-10 px-4 py-10 sm:px-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("lead")}</p>
      </header>
      <Section id="enregistrement" title={t("entryTitle")}>
        <p>{t("entryIntro")}</p>
        <CountedEntryList entry={facts.entry} />
        <p>{campaign ? t("yourCampaign", { campaign }) : t("exampleCampaign")}</p>
        <p className="font-medium text-slate-900">{t("nothingElse")}</p>
      </Section>
      <Section id="etapes" title={t("stepsTitle")}>
        <p>{t("stepsIntro")}</p>
        <ol className="list-decimal space-y-1 pl-6">
          {facts.steps.map((step) => (
            <li key={step}>{label(`measurement.steps.${step}`)}</li>
          ))}
        </ol>
      </Section>
      <Section id="jamais" title={t("neverTitle")}>
        <ul className="list-disc space-y-1 pl-6">
          {NEVER_STORED.map((item) => (
            <li key={item}>{label(`measurement.never.${item}`)}</li>
          ))}
        </ul>
      </Section>
      <Section id="non-compte" title={t("notCountedTitle")}>
        <p>{t("notCounted")}</p>
      </Section>
      <Section id="seuil" title={t("thresholdTitle")}>
        <p>{t("threshold", { threshold: facts.threshold })}</p>
      </Section>
      <Section id="conservation" title={t("retentionTitle")}>
        <p>{t("retention", { months: facts.retentionMonths })}</p>
      </Section>
      <Section id="tiers" title={t("noThirdPartyTitle")}>
        <p>{t("noThirdParty")}</p>
      </Section>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-titre`} className="space-y-3 text-slate-700">
      <h2 id={`${id}-titre`} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}
