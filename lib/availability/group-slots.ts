import { isoDateOfLocalDay, localDayAt } from "@/lib/utils/zoned-time";
import type { Slot } from "./types";

// Slots as patients browse them: by day of the practitioner's calendar.

/** `date` is the local calendar date (YYYY-MM-DD) in the practitioner's zone. */
export type DaySlots = { date: string; slots: Slot[] };

/** Sorted slots grouped by local day, days in order. */
export function groupSlotsByLocalDay(slots: readonly Slot[], timeZone: string): DaySlots[] {
  const days: DaySlots[] = [];
  for (const slot of slots) {
    const date = isoDateOfLocalDay(localDayAt(slot.startsAt.getTime(), timeZone));
    const current = days.at(-1);
    if (current?.date === date) current.slots.push(slot);
    else days.push({ date, slots: [slot] });
  }
  return days;
}

export type FirstDaysOptions = { maxDays: number; slotsPerDay: number };

/** The first `maxDays` days that have a slot, each with its first `slotsPerDay` slots. */
export function firstDaysWithSlots(
  slots: readonly Slot[],
  timeZone: string,
  { maxDays, slotsPerDay }: FirstDaysOptions,
): DaySlots[] {
  return groupSlotsByLocalDay(slots, timeZone)
    .slice(0, maxDays)
    .map(({ date, slots: daySlots }) => ({ date, slots: daySlots.slice(0, slotsPerDay) }));
}
