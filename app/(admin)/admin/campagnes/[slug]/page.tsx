import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CampaignState } from "@/components/campaigns/campaign-state";
import { CopyLink } from "@/components/campaigns/copy-link";
import { CostPerBooking } from "@/components/campaigns/cost-per-booking";
import { DailyChart } from "@/components/campaigns/daily-chart";
import { DailyTable } from "@/components/campaigns/daily-table";
import { FunnelChart } from "@/components/campaigns/funnel-chart";
import { MeasurementNotes } from "@/components/campaigns/measurement-notes";
import { PeriodPicker } from "@/components/campaigns/period-picker";
import { PeriodSummary } from "@/components/campaigns/period-summary";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { buttonClassName } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { getCampaignFigures, getRunTotals } from "@/lib/campaigns/campaign-stats";
import { todayInFrance } from "@/lib/campaigns/campaign-view";
import { readPeriodQuery } from "@/lib/campaigns/period-query";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { asLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDate } from "@/lib/utils/format-date";
import { setCampaignArchivedAction } from "../actions";
import { chartTexts } from "./chart-texts";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadFigures = cache(
  async (slug: string, params: Record<string, string | string[] | undefined>) => {
    const user = await requireRole("ADMIN");
    const selection = readPeriodQuery(params, todayInFrance());
    const [figures, runTotals] = await Promise.all([
      getCampaignFigures(user, slug, selection.period),
      getRunTotals(user, slug),
    ]).catch(notFoundOnAppError);
    return { selection, figures, runTotals };
  },
);

export async function generateMetadata({ params, searchParams }: Props) {
  const { figures } = await loadFigures((await params).slug, await searchParams);
  const t = await getTranslations("campaigns.detail");
  return { title: t("metaTitle", { name: figures.campaign.name }) };
}

export default async function CampaignPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const query = await searchParams;
  const { selection, figures, runTotals } = await loadFigures(slug, query);
  const { campaign, current, previous } = figures;
  const t = await getTranslations("campaigns");
  const channelName = await getTranslations("campaigns.channels");
  const locale = asLocale(await getLocale());
  const texts = await chartTexts(campaign.name, current.threshold);
  const csvHref = `/api/v1/admin/campaigns/${campaign.slug}/stats.csv?${new URLSearchParams({ ...selection.period, lang: locale })}`;
  const day = (iso: string | null) => (iso ? formatCalendarDate(locale, iso) : t("figures.none"));
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10 sm:px-6">
      <section aria-labelledby="campaign-title" className="space-y-4">
        <p>
          <Link
            prefetch={false}
            href="/admin/campagnes"
            className="text-sm text-brand-700 underline"
          >
            {t("detail.back")}
          </Link>
        </p>
        {query.creee === "1" && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
            {t("detail.created")}
          </p>
        )}
        {query.modifiee === "1" && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900">
            {t("detail.saved")}
          </p>
        )}
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1
              id="campaign-title"
              className="text-3xl font-bold tracking-tight break-words text-slate-900"
            >
              {campaign.name}
            </h1>
            <CampaignState state={campaign.state} />
          </div>
          <Link
            prefetch={false}
            href={`/admin/campagnes/${campaign.slug}/modifier`}
            className={buttonClassName("secondary")}
          >
            {t("detail.edit")}
          </Link>
        </div>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-slate-900">{t("form.channel")}</dt>
          <dd className="text-slate-800">{channelName(campaign.channel)}</dd>
          <dt className="font-semibold text-slate-900">{t("detail.dates")}</dt>
          <dd className="text-slate-800">
            {t("detail.dateRange", { from: day(campaign.startsOn), to: day(campaign.endsOn) })}
          </dd>
          <dt className="font-semibold text-slate-900">{t("form.landingPath")}</dt>
          <dd className="font-mono break-all text-slate-800">{campaign.landingPath}</dd>
        </dl>
      </section>

      <section aria-labelledby="links-title" className="space-y-4">
        <h2 id="links-title" className="text-xl font-semibold text-slate-900">
          {t("links.title")}
        </h2>
        <p className="max-w-2xl text-sm text-slate-700">{t("links.intro")}</p>
        <CopyLink
          id="tagged-link"
          url={campaign.taggedUrl}
          texts={{ label: t("links.tagged"), copy: t("links.copy"), copied: t("links.copied") }}
        />
        <CopyLink
          id="short-link"
          url={campaign.shortUrl}
          texts={{ label: t("links.short"), copy: t("links.copy"), copied: t("links.copied") }}
        />
      </section>

      <section aria-labelledby="figures-title" className="space-y-6">
        <h2 id="figures-title" className="text-xl font-semibold text-slate-900">
          {t("detail.figures")}
        </h2>
        <PeriodPicker selection={selection} action={`/admin/campagnes/${campaign.slug}`} />
        <PeriodSummary period={selection.period} />
        {!current.hasPublishedData && (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-800">
            {t("figures.notEnough")}
          </p>
        )}
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">{t("detail.funnel")}</h3>
            <FunnelChart
              id="funnel-chart"
              totals={current.totals}
              locale={locale}
              texts={texts.funnel}
            />
          </div>
          <div className="space-y-2">
            <h3 className="font-semibold text-slate-900">{t("cost.title")}</h3>
            <CostPerBooking budgetCents={campaign.budgetCents} runTotals={runTotals} />
          </div>
        </div>
        <div className="space-y-2">
          <h3 className="font-semibold text-slate-900">{t("detail.daily")}</h3>
          <DailyChart id="daily-chart" table={current} locale={locale} texts={texts.daily} />
        </div>
        <DailyTable table={current} previous={previous} />
        <p>
          <a href={csvHref} download className={buttonClassName("secondary")}>
            {t("detail.csv")}
          </a>
        </p>
      </section>

      <MeasurementNotes threshold={current.threshold} />

      <section aria-labelledby="archive-title" className="max-w-2xl space-y-3">
        <h2 id="archive-title" className="text-xl font-semibold text-slate-900">
          {campaign.archived ? t("detail.restoreTitle") : t("detail.archiveTitle")}
        </h2>
        <ActionButtonForm
          action={setCampaignArchivedAction.bind(null, campaign.slug)}
          label={campaign.archived ? t("detail.restore") : t("detail.archive")}
          variant="secondary"
        >
          <p className="text-sm text-slate-700">
            {campaign.archived ? t("detail.restoreHint") : t("detail.archiveHint")}
          </p>
          <input type="hidden" name="archived" value={campaign.archived ? "false" : "true"} />
        </ActionButtonForm>
      </section>
    </div>
  );
}
