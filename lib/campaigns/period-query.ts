import { isoDateOfLocalDay, type LocalDay } from "@/lib/utils/zoned-time";
import {
  DEFAULT_PRESET,
  PRESET_LENGTHS,
  periodProblem,
  presetPeriod,
  type Period,
  type PresetLength,
} from "./period";

// The dashboard's address speaks French: ?periode=7|30|90|perso&du=YYYY-MM-DD&au=YYYY-MM-DD.
// Anything unexpected shows the default period; a custom period that cannot be shown says
// why and shows the default one meanwhile. Pure and client-safe.

export const CUSTOM = "perso";
export type PeriodChoice = PresetLength | typeof CUSTOM;

export type PeriodSelection = {
  choice: PeriodChoice;
  period: Period;
  /** The custom dates as typed, to refill the picker. */
  from: string;
  to: string;
  problem: "reversed" | "tooLong" | "missing" | null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readPeriodQuery(
  params: Record<string, string | string[] | undefined>,
  today: LocalDay,
): PeriodSelection {
  const [periode, du, au] = ["periode", "du", "au"].map((name) => textOf(params[name]));
  const fallback = presetPeriod(DEFAULT_PRESET, today);
  if (periode === CUSTOM) {
    const custom = { from: du, to: au };
    const problem = isDate(du) && isDate(au) ? periodProblem(custom) : "missing";
    return problem
      ? { choice: CUSTOM, period: fallback, from: du, to: au, problem }
      : { choice: CUSTOM, period: custom, from: du, to: au, problem: null };
  }
  const length = PRESET_LENGTHS.find((preset) => String(preset) === periode) ?? DEFAULT_PRESET;
  const period = presetPeriod(length, today);
  return { choice: length, period, ...period, problem: null };
}

/** The query string that shows this period again (for links between the pages). */
export function periodQueryString(selection: PeriodSelection): string {
  const params = new URLSearchParams({ periode: String(selection.choice) });
  if (selection.choice === CUSTOM && !selection.problem) {
    params.set("du", selection.period.from);
    params.set("au", selection.period.to);
  }
  return params.toString();
}

// A repeated parameter is a list: not something the picker wrote, so ignored.
function textOf(value: string | string[] | undefined): string {
  return typeof value === "string" ? value : "";
}

function isDate(value: string): boolean {
  return ISO_DATE.test(value) && isoDateOfLocalDay(Date.parse(value) / 86_400_000) === value;
}
