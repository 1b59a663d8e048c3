import { isoDateOfLocalDay, isoWeekdayOfLocalDay, localDayOfIsoDate } from "@/lib/utils/zoned-time";
import { isCalendarDate } from "./schemas";

// The agenda page's address: /espace-praticien?date=YYYY-MM-DD&vue=jour|semaine&cabinet=…
// &praticien=…. A wrong value never breaks the page: it falls back to today or the day view
// and says so (notice). Pure and client-safe.

export type AgendaView = "day" | "week";
export type AgendaNotice = "badDate" | "badView" | null;

export type AgendaParams = {
  /** Null: today, in the practitioner's zone (known once the agenda is chosen). */
  date: string | null;
  view: AgendaView;
  practiceId: string | null;
  practitionerId: string | null;
  notice: AgendaNotice;
};

type SearchParams = Record<string, string | string[] | undefined>;

const VIEWS: Record<string, AgendaView> = { jour: "day", semaine: "week" };
export const VIEW_PARAMETER: Record<AgendaView, string> = { day: "jour", week: "semaine" };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function uuidOrNull(value: string | undefined): string | null {
  return value && UUID.test(value) ? value.toLowerCase() : null;
}

export function parseAgendaParams(searchParams: SearchParams): AgendaParams {
  const date = single(searchParams.date);
  const view = single(searchParams.vue);
  const dateIsValid = date === undefined || isCalendarDate(date);
  const viewIsValid = view === undefined || Object.hasOwn(VIEWS, view);
  return {
    date: date !== undefined && dateIsValid ? date : null,
    view: view !== undefined && viewIsValid ? VIEWS[view] : "day",
    practiceId: uuidOrNull(single(searchParams.cabinet)),
    practitionerId: uuidOrNull(single(searchParams.praticien)),
    notice: !dateIsValid ? "badDate" : !viewIsValid ? "badView" : null,
  };
}

/** The days a view shows: the day itself, or its ISO week from Monday to Sunday. */
export function daysShown(date: string, view: AgendaView): string[] {
  const day = localDayOfIsoDate(date);
  if (view === "day") return [date];
  const monday = day - (isoWeekdayOfLocalDay(day) - 1);
  return Array.from({ length: 7 }, (_, index) => isoDateOfLocalDay(monday + index));
}

/** The date the previous (-1) or next (+1) link opens: a day or a week away. */
export function shiftDate(date: string, view: AgendaView, direction: -1 | 1): string {
  const step = view === "day" ? 1 : 7;
  return isoDateOfLocalDay(localDayOfIsoDate(date) + direction * step);
}

/** The agenda's address for these choices; defaults are left out so links stay short. */
export function agendaHref(
  choice: Pick<AgendaParams, "view" | "practiceId" | "practitionerId"> & { date: string },
): string {
  const query = new URLSearchParams({ date: choice.date, vue: VIEW_PARAMETER[choice.view] });
  if (choice.practiceId) query.set("cabinet", choice.practiceId);
  if (choice.practitionerId) query.set("praticien", choice.practitionerId);
  return `/espace-praticien?${query}`;
}
