import { useLocale, useTranslations } from "next-intl";
import type { CampaignFigures } from "@/lib/campaigns/campaign-stats";
import { FUNNEL_STEPS } from "@/lib/campaigns/funnel";
import { relativeChange } from "@/lib/campaigns/period";
import { numberOrNull, publishedRatio } from "@/lib/campaigns/suppression";
import { Link } from "@/lib/i18n/navigation";
import { CampaignState } from "./campaign-state";
import { changeText, figureText, percentText } from "./figure-text";
import { StepTable } from "./step-table";
import { useFigureWords } from "./use-figure-words";

/**
 * Campaign × step: the period's passages at each step, the share of the step before, and
 * the change against the period before. Scrolls in its own box on a narrow screen.
 */
export function CampaignsTable({
  figures,
  threshold,
  query,
}: {
  figures: CampaignFigures[];
  threshold: number;
  query: string;
}) {
  const t = useTranslations("campaigns");
  const channelName = useTranslations("campaigns.channels");
  const locale = useLocale();
  const words = useFigureWords(threshold);
  return (
    <StepTable
      id="campaigns-table-caption"
      caption={t("list.caption")}
      firstColumn={t("list.campaign")}
      boxClassName="min-w-0"
    >
      <tbody>
        {figures.map(({ campaign, current, previous }) => (
          <tr key={campaign.slug} className="border-b border-slate-200 align-top">
            <th scope="row" className="px-4 py-3 text-left font-normal">
              <Link
                prefetch={false}
                href={`/admin/campagnes/${campaign.slug}?${query}`}
                className="font-semibold text-brand-700 underline hover:text-brand-800"
              >
                {campaign.name}
              </Link>
              <span className="mt-1 block text-xs text-slate-700">
                {channelName(campaign.channel)}
              </span>
              <CampaignState state={campaign.state} />
              {!current.hasPublishedData && (
                <span className="mt-1 block text-xs text-slate-700">{t("figures.notEnough")}</span>
              )}
            </th>
            {FUNNEL_STEPS.map((step, index) => {
              const total = current.totals[step];
              const ratio =
                index > 0 ? publishedRatio(total, current.totals[FUNNEL_STEPS[index - 1]!]) : null;
              const change = relativeChange(numberOrNull(total), numberOrNull(previous[step]));
              return (
                <td key={step} className="px-3 py-3 text-right tabular-nums">
                  <span className="block text-base font-semibold text-slate-900">
                    {figureText(total, locale, words)}
                  </span>
                  {index > 0 && (
                    <span className="block text-xs text-slate-700">
                      {t("list.ofPrevious", { percent: percentText(ratio, locale, words) })}
                    </span>
                  )}
                  <span className="block text-xs text-slate-700">
                    {t("list.change", { change: changeText(change, locale, words) })}
                  </span>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </StepTable>
  );
}
