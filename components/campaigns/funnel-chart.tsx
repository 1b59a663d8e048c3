import { FUNNEL_STEPS, type Step } from "@/lib/campaigns/funnel";
import { publishedRatio, type PublishedSteps } from "@/lib/campaigns/suppression";
import { figureText, percentText, type FigureWords } from "./figure-text";

export type FunnelChartTexts = {
  title: string;
  description: string;
  steps: Record<Step, string>;
  ofPrevious: (percent: string) => string;
  words: FigureWords;
};

const WIDTH = 640;
const ROW = 48;
const LABEL_WIDTH = 210;
const BAR_SPACE = WIDTH - LABEL_WIDTH - 10;

/**
 * The period's totals as a funnel, drawn on the server (no script, no style attribute):
 * one bar per step, as long as its share of the largest shown total. A withheld total has
 * no bar, only its word. The totals table beside it says the same for screen readers.
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
    <svg
      viewBox={`0 0 ${WIDTH} ${ROW * FUNNEL_STEPS.length}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full max-w-3xl"
    >
      <title id={`${id}-title`}>{texts.title}</title>
      <desc id={`${id}-desc`}>{texts.description}</desc>
      {FUNNEL_STEPS.map((step, index) => {
        const value = totals[step];
        const y = index * ROW;
        const width = typeof value === "number" ? Math.max(2, (value / largest) * BAR_SPACE) : 0;
        const previous = index > 0 ? totals[FUNNEL_STEPS[index - 1]!] : undefined;
        const ratio = previous === undefined ? null : publishedRatio(value, previous);
        return (
          <g key={step}>
            <text x={0} y={y + 20} className="fill-slate-900 text-[15px] font-semibold">
              {texts.steps[step]}
            </text>
            {ratio !== null && (
              <text x={0} y={y + 38} className="fill-slate-700 text-[13px]">
                {texts.ofPrevious(percentText(ratio, locale, texts.words))}
              </text>
            )}
            <rect
              x={LABEL_WIDTH}
              y={y + 8}
              width={width}
              height={ROW - 16}
              rx={4}
              className="fill-brand-600"
            />
            <text
              x={LABEL_WIDTH + width + 8}
              y={y + ROW / 2 + 5}
              className="fill-slate-900 text-[15px]"
            >
              {figureText(value, locale, texts.words)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
