import { FUNNEL_STEPS, type Step } from "@/lib/campaigns/funnel";
import type { PublishedTable } from "@/lib/campaigns/suppression";
import { figureText, type FigureWords } from "./figure-text";

export type DailyChartTexts = {
  title: string;
  description: string;
  steps: Record<Step, string>;
  /** A lane's heading: the step and its scale ("Arrivées · au plus 260"). */
  lane: (step: string, highest: string) => string;
  words: FigureWords;
};

const WIDTH = 640;
const LANE = 64;
const LANE_GAP = 30;
const PLOT_LEFT = 0;
const BAR_AREA = LANE - 8;
const HIDDEN_MARK = 3;

/**
 * One lane per step, each on its own scale (a campaign has far more landings than
 * bookings), one bar per day. A day below the threshold shows a thin grey mark at the base
 * instead of a bar: there was something or nothing, the chart does not say which. The
 * day-by-day table below the chart gives every figure as text.
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
  const days = table.days.length;
  const slot = WIDTH / Math.max(1, days);
  const barWidth = Math.max(1, slot * 0.7);
  const height = FUNNEL_STEPS.length * (LANE + LANE_GAP);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="h-auto w-full"
    >
      <title id={`${id}-title`}>{texts.title}</title>
      <desc id={`${id}-desc`}>{texts.description}</desc>
      {FUNNEL_STEPS.map((step, lane) => {
        const values = table.days.map(({ steps }) => steps[step]);
        const largest = Math.max(1, ...values.filter((v) => typeof v === "number"));
        const top = lane * (LANE + LANE_GAP) + LANE_GAP - 8;
        const base = top + LANE;
        return (
          <g key={step}>
            <text x={PLOT_LEFT} y={top - 6} className="fill-slate-900 text-[13px] font-semibold">
              {texts.lane(texts.steps[step], figureText(largest, locale, texts.words))}
            </text>
            <line x1={0} x2={WIDTH} y1={base} y2={base} className="stroke-slate-300" />
            {values.map((value, index) => {
              const x = index * slot + (slot - barWidth) / 2;
              const barHeight =
                typeof value === "number" ? Math.max(1, (value / largest) * BAR_AREA) : HIDDEN_MARK;
              return (
                <rect
                  key={table.days[index]!.day}
                  x={x}
                  y={base - barHeight}
                  width={barWidth}
                  height={barHeight}
                  className={typeof value === "number" ? "fill-brand-600" : "fill-slate-400"}
                />
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
