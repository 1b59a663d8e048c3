import { useLocale, useTranslations } from "next-intl";
import type { PublishedSteps } from "@/lib/campaigns/suppression";
import { euroText } from "./figure-text";

/**
 * The budget divided by the bookings completed over the whole campaign, when both are
 * known and the bookings' total is published: a withheld total gives no cost either.
 */
export function CostPerBooking({
  budgetCents,
  runTotals,
}: {
  budgetCents: number | null;
  runTotals: PublishedSteps | null;
}) {
  const t = useTranslations("campaigns.cost");
  const locale = useLocale();
  if (budgetCents === null) return <p className="text-slate-700">{t("noBudget")}</p>;
  const completed = runTotals?.BOOKING_COMPLETED;
  const budget = euroText(budgetCents, locale);
  if (typeof completed !== "number" || completed === 0) {
    return <p className="text-slate-700">{t("notPublished", { budget })}</p>;
  }
  return (
    <p className="text-slate-800">
      <span className="block text-3xl font-bold text-slate-900">
        {euroText(Math.round(budgetCents / completed), locale)}
      </span>
      <span className="text-sm">{t("explained", { budget, completed })}</span>
    </p>
  );
}
