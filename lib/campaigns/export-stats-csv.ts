import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { getCampaignFigures } from "./campaign-stats";
import { publishedTableCsv } from "./csv";
import type { Period } from "./period";
import type { Actor } from "./policy";

/** The dashboard's table of one campaign as a CSV file, in the reader's language. */
export async function exportStatsCsv(
  actor: Actor,
  slug: string,
  period: Period,
  locale: Locale,
): Promise<{ filename: string; body: string }> {
  const { current } = await getCampaignFigures(actor, slug, period);
  const t = translatorFor(locale);
  const body = publishedTableCsv(current, {
    below: t("campaigns.figures.below", { threshold: current.threshold }),
    masked: t("campaigns.figures.masked"),
    total: t("campaigns.figures.total"),
    day: t("campaigns.figures.day"),
  });
  return { filename: `praxis-${slug}-${period.from}-${period.to}.csv`, body };
}
