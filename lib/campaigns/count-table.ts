import { isoDateOfLocalDay, localDayOfCalendarDate } from "@/lib/utils/zoned-time";
import { zeroCounts } from "./funnel";
import type { Period } from "./period";
import { daysOf } from "./period";
import type { CounterRow } from "./queries";
import type { CountTable } from "./suppression";

/** One campaign's counters as a day × step table over the period, days without any at 0. */
export function countTable(period: Period, rows: readonly CounterRow[]): CountTable {
  const byDay = new Map(daysOf(period).map((day) => [day, zeroCounts()]));
  for (const row of rows) {
    const counts = byDay.get(isoDateOfLocalDay(localDayOfCalendarDate(row.day)));
    if (counts) counts[row.step] += row.count;
  }
  return [...byDay].map(([day, counts]) => ({ day, counts }));
}

export function rowsByCampaign(rows: readonly CounterRow[]): Map<string, CounterRow[]> {
  const grouped = new Map<string, CounterRow[]>();
  for (const row of rows) {
    const list = grouped.get(row.campaignId) ?? [];
    list.push(row);
    grouped.set(row.campaignId, list);
  }
  return grouped;
}
