import "server-only";
import { getTranslations } from "next-intl/server";
import type { DailyChartTexts } from "@/components/campaigns/daily-chart";
import type { FigureWords } from "@/components/campaigns/figure-text";
import type { FunnelChartTexts } from "@/components/campaigns/funnel-chart";
import { FUNNEL_STEPS, type FunnelStep } from "@/lib/campaigns/funnel";

/** The charts' titles, descriptions and labels, in the page's language. */
export async function chartTexts(
  name: string,
  threshold: number,
): Promise<{ funnel: FunnelChartTexts; daily: DailyChartTexts }> {
  const t = await getTranslations("campaigns");
  const stepName = await getTranslations("campaigns.steps");
  const steps = Object.fromEntries(FUNNEL_STEPS.map((step) => [step, stepName(step)])) as Record<
    FunnelStep,
    string
  >;
  const words: FigureWords = {
    below: t("figures.below", { threshold }),
    masked: t("figures.masked"),
    none: t("figures.none"),
  };
  return {
    funnel: {
      title: t("charts.funnelTitle", { name }),
      description: t("charts.funnelDescription"),
      steps,
      ofPrevious: (percent) => t("charts.ofPrevious", { percent }),
      words,
    },
    daily: {
      title: t("charts.dailyTitle", { name }),
      description: t("charts.dailyDescription", { threshold }),
      steps,
      lane: (step, highest) => t("charts.lane", { step, highest }),
      laneHidden: (step) => t("charts.laneHidden", { step }),
      words,
    },
  };
}
