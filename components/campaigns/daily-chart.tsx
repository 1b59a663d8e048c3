import { FUNNEL_STEPS, type FunnelStep } from "@/lib/campaigns/funnel";
import { isShown, type PublishedTable } from "@/lib/campaigns/suppression";
import { Columns } from "./bar";
import { figureText, type FigureWords } from "./figure-text";

export type DailyChartTexts = {
  title: string;
  description: string;
  steps: Record<FunnelStep, string>;
  /** A lane's heading: the step and its scale ("Arrivées · au plus 260 par jour"). */
  lane: (step: string, highest: string) => string;
  /** A lane with no day shown. */
  laneHidden: (step: string) => string;
  words: FigureWords;
};

/**
 * One lane per step, each on its own scale (a campaign has far more landings than
 * bookings), one bar per day. A day below the threshold shows a thin grey mark instead of a
 * bar: there was something or nothing, the chart does not say which. For screen readers it
 * is one image with a title and a description; the day-by-day table gives every figure.
 */
export function DailyChart({
  id,
  table,
  locale,
  texts,
}: {
  id: string;
  table: PublishedTable;
  locale: string;
  texts: DailyChartTexts;
}) {
  return (
    <div role="img" aria-labelledby={`${id}-title ${id}-desc`} className="space-y-4">
      <span id={`${id}-title`} className="sr-only">
        {texts.title}
      </span>
      <span id={`${id}-desc`} className="sr-only">
        {texts.description}
      </span>
      {FUNNEL_STEPS.map((step) => {
        const values = table.days.map(({ steps }) => steps[step]);
        const shown = values.filter(isShown);
        const largest = Math.max(1, ...shown);
        const name = texts.steps[step];
        return (
          <div key={step}>
            <p className="mb-1 text-sm font-semibold text-slate-900">
              {shown.length === 0
                ? texts.laneHidden(name)
                : texts.lane(name, figureText(largest, locale, texts.words))}
            </p>
            <Columns shares={values.map((value) => (isShown(value) ? value / largest : null))} />
          </div>
        );
      })}
    </div>
  );
}
