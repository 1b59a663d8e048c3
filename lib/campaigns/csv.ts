import { FUNNEL_STEPS } from "./funnel";
import type { Published, PublishedTable } from "./suppression";

// The CSV of a published table: what the dashboard's table shows, row for row. Pure.

/** How withheld numbers and headings read in the file, in the reader's language. */
export type CsvWords = { below: string; masked: string; total: string; day: string };

// RFC 4180 line ends; a spreadsheet must not read a cell as a formula (CSV injection).
const LINE_END = "\r\n";
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(fields: readonly (string | number)[]): string {
  return fields.map(csvField).join(",") + LINE_END;
}

export function publishedTableCsv(table: PublishedTable, words: CsvWords): string {
  const show = (value: Published) =>
    value === "below" ? words.below : value === "masked" ? words.masked : value;
  return [
    csvLine([words.day, ...FUNNEL_STEPS]),
    ...table.days.map(({ day, steps }) =>
      csvLine([day, ...FUNNEL_STEPS.map((s) => show(steps[s]))]),
    ),
    csvLine([words.total, ...FUNNEL_STEPS.map((step) => show(table.totals[step]))]),
  ].join("");
}
