import { useLocale, useTranslations } from "next-intl";
import { FUNNEL_STEPS } from "@/lib/campaigns/funnel";
import { relativeChange } from "@/lib/campaigns/period";
import {
  numberOrNull,
  publishedRatio,
  type PublishedSteps,
  type PublishedTable,
} from "@/lib/campaigns/suppression";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarDay } from "@/lib/utils/format-date";
import { changeText, figureText, percentText } from "./figure-text";
import { StepTable } from "./step-table";
import { useFigureWords } from "./use-figure-words";

const CELL = "px-3 py-2 text-right tabular-nums";

/**
 * Day × step, then the totals, the previous period's totals, the change and the share of
 * the step before: the text equivalent of both charts, and exactly the CSV's content plus
 * the comparison rows. Scrolls in its own box, with the day column always in view.
 */
export function DailyTable({
  table,
  previous,
}: {
  table: PublishedTable;
  previous: PublishedSteps;
}) {
  const t = useTranslations("campaigns");
  const locale = useLocale() as Locale;
  const words = useFigureWords(table.threshold);
  const row = (label: string, cells: string[], strong = false) => (
    <tr
      className={`border-t border-slate-300 ${strong ? "font-semibold text-slate-900" : "text-slate-800"}`}
    >
      <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left">
        {label}
      </th>
      {cells.map((cell, index) => (
        <td key={FUNNEL_STEPS[index]} className={CELL}>
          {cell}
        </td>
      ))}
    </tr>
  );
  return (
    <StepTable
      id="daily-table-caption"
      caption={t("detail.tableCaption")}
      firstColumn={t("figures.day")}
      boxClassName="max-h-[32rem]"
      stickyFirstColumn
    >
      <tbody>
        {table.days.map(({ day, steps }) => (
          <tr key={day} className="border-t border-slate-200">
            <th
              scope="row"
              className="sticky left-0 bg-white px-3 py-2 text-left font-normal whitespace-nowrap"
            >
              {formatCalendarDay(locale, day)}
            </th>
            {FUNNEL_STEPS.map((step) => (
              <td key={step} className={CELL}>
                {figureText(steps[step], locale, words)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        {row(
          t("figures.total"),
          FUNNEL_STEPS.map((step) => figureText(table.totals[step], locale, words)),
          true,
        )}
        {row(
          t("detail.previousTotal"),
          FUNNEL_STEPS.map((step) => figureText(previous[step], locale, words)),
        )}
        {row(
          t("detail.change"),
          FUNNEL_STEPS.map((step) =>
            changeText(
              relativeChange(numberOrNull(table.totals[step]), numberOrNull(previous[step])),
              locale,
              words,
            ),
          ),
        )}
        {row(
          t("detail.ofPrevious"),
          FUNNEL_STEPS.map((step, index) =>
            index === 0
              ? words.none
              : percentText(
                  publishedRatio(table.totals[step], table.totals[FUNNEL_STEPS[index - 1]!]),
                  locale,
                  words,
                ),
          ),
        )}
      </tfoot>
    </StepTable>
  );
}
