import { FUNNEL_STEPS, type FunnelStep } from "@/lib/campaigns/funnel";
import { publishedRatio, type PublishedSteps } from "@/lib/campaigns/suppression";
import { Bar } from "./bar";
import { figureText, percentText, type FigureWords } from "./figure-text";

export type FunnelChartTexts = {
  title: string;
  description: string;
  steps: Record<FunnelStep, string>;
  ofPrevious: (percent: string) => string;
  words: FigureWords;
};

/**
 * The period's totals as a funnel, drawn on the server (no script, no style attribute):
 * one bar per step, as long as its share of the largest shown total; a withheld total has
 * no bar, only its word. Labels are HTML, so they stay readable on a phone. For screen
 * readers it is one image with a title and a description; the table gives the figures.
 */
export function FunnelChart({
  id,
  totals,
  locale,
  texts,
}: {
  id: string;
  totals: PublishedSteps;
  locale: string;
  texts: FunnelChartTexts;
}) {
  const shown = FUNNEL_STEPS.map((step) => totals[step]).filter((v) => typeof v === "number");
  const largest = Math.max(1, ...shown);
  return (
    <div role="img" aria-labelledby={`${id}-title ${id}-desc`} className="space-y-3">
      <span id={`${id}-title`} className="sr-only">
        {texts.title}
      </span>
      <span id={`${id}-desc`} className="sr-only">
        {texts.description}
      </span>
      {FUNNEL_STEPS.map((step, index) => {
        const value = totals[step];
        const previous = index > 0 ? totals[FUNNEL_STEPS[index - 1]!] : undefined;
        const ratio = previous === undefined ? null : publishedRatio(value, previous);
        return (
          <div key={step} className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
            <div className="text-sm">
              <span className="block font-semibold text-slate-900">{texts.steps[step]}</span>
              {ratio !== null && (
                <span className="block text-slate-700">
                  {texts.ofPrevious(percentText(ratio, locale, texts.words))}
                </span>
              )}
            </div>
            <div className="flex items-center gap-3">
              <div className="h-6 min-w-0 flex-1">
                {typeof value === "number" && (
                  <Bar share={value / largest} className="fill-brand-600" />
                )}
              </div>
              <span className="w-20 shrink-0 text-right text-sm font-semibold text-slate-900 tabular-nums">
                {figureText(value, locale, texts.words)}
              </span>
            </div>
          </div>
        );
      })}
    </div>
  );
}
