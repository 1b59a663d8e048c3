import { getTranslations } from "next-intl/server";
import { CampaignsTable } from "@/components/campaigns/campaigns-table";
import { MeasurementNotes } from "@/components/campaigns/measurement-notes";
import { PeriodPicker } from "@/components/campaigns/period-picker";
import { PeriodSummary } from "@/components/campaigns/period-summary";
import { buttonClassName } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { campaignThreshold, listCampaignFigures } from "@/lib/campaigns/campaign-stats";
import { todayInFrance } from "@/lib/campaigns/campaign-view";
import { periodQueryString, readPeriodQuery } from "@/lib/campaigns/period-query";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata() {
  const t = await getTranslations("campaigns.list");
  return { title: t("metaTitle") };
}

const LIST_PATH = "/admin/campagnes";

export default async function CampaignsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireRole("ADMIN");
  const params = await searchParams;
  const selection = readPeriodQuery(params, todayInFrance());
  const withArchived = params.archives === "1";
  const figures = await listCampaignFigures(user, selection.period, withArchived);
  const threshold = campaignThreshold();
  const query = periodQueryString(selection);
  const t = await getTranslations("campaigns.list");
  return (
    <section
      aria-labelledby="campaigns-title"
      className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6"
    >
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 id="campaigns-title" className="text-3xl font-bold tracking-tight text-slate-900">
            {t("title")}
          </h1>
          <p className="mt-2 max-w-2xl text-slate-700">{t("intro")}</p>
        </div>
        <Link
          prefetch={false}
          href={`${LIST_PATH}/nouvelle`}
          className={buttonClassName("primary")}
        >
          {t("create")}
        </Link>
      </div>
      <PeriodPicker
        selection={selection}
        action={LIST_PATH}
        keep={withArchived ? { archives: "1" } : {}}
      />
      <PeriodSummary period={selection.period} />
      {figures.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-slate-700">
          {withArchived ? t("emptyAll") : t("empty")}
        </p>
      ) : (
        <CampaignsTable figures={figures} threshold={threshold} query={query} />
      )}
      <p>
        <Link
          prefetch={false}
          href={withArchived ? `${LIST_PATH}?${query}` : `${LIST_PATH}?${query}&archives=1`}
          className="text-sm text-brand-700 underline hover:text-brand-800"
        >
          {withArchived ? t("hideArchived") : t("showArchived")}
        </Link>
      </p>
      <MeasurementNotes threshold={threshold} />
    </section>
  );
}
