import { useLocale } from "next-intl";
import type { ReactNode } from "react";
import { formatDay, formatDayAndTime, formatTime } from "@/lib/utils/format-date";

export type SlotDay = { date: string; slots: { startsAt: Date }[] };

// Free slots by day of the practitioner's calendar, each day a labelled list. What a slot
// does (a link to confirm, a button to move an appointment) is the caller's: `renderSlot`.
export function SlotDays({
  days,
  timeZone,
  renderSlot,
  emptyText,
}: {
  days: readonly SlotDay[];
  timeZone: string;
  renderSlot: (slot: { startsAt: Date; label: string; accessibleLabel: string }) => ReactNode;
  emptyText: string;
}) {
  const locale = useLocale();
  if (days.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  return (
    <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
      {days.map((day) => {
        const dayLabel = formatDay(locale, day.slots[0].startsAt, timeZone);
        const headingId = `jour-${day.date}`;
        return (
          <section key={day.date} aria-labelledby={headingId}>
            <h3 id={headingId} className="mb-2 font-semibold capitalize text-slate-900">
              {dayLabel}
            </h3>
            <ul className="flex flex-wrap gap-2">
              {day.slots.map((slot) => {
                const label = formatTime(locale, slot.startsAt, timeZone);
                return (
                  <li key={slot.startsAt.toISOString()}>
                    {renderSlot({
                      startsAt: slot.startsAt,
                      label,
                      accessibleLabel: formatDayAndTime(locale, slot.startsAt, timeZone, false),
                    })}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

// 44 × 44 px at least: a target a thumb can hit (WCAG 2.2 target size).
export const SLOT_CLASS =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-brand-300 bg-white px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50";
