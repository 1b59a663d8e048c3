import { getLocale, getTranslations } from "next-intl/server";
import { DayListTable } from "@/components/agenda/day-list-table";
import { agendaHref } from "@/lib/agenda/agenda-params";
import { exportDayList } from "@/lib/agenda/export-day-list";
import { isCalendarDate } from "@/lib/agenda/schemas";
import { requireUser } from "@/lib/auth/session";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDay } from "@/lib/utils/format-date";
import { practitionerName } from "@/lib/utils/practitioner-name";

export async function generateMetadata() {
  const t = await getTranslations("agenda");
  return { title: t("toolbar.printList") };
}

type DayListPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const UUID = /^[0-9a-f-]{36}$/i;

// The day's list with phone numbers, laid out for printing (the site's frame is not
// printed). Reading it exports contacts: logged as EXPORT_DAY_LIST, like the CSV.
export default async function DayListPage({ searchParams }: DayListPageProps) {
  const user = await requireUser();
  const query = await searchParams;
  const date =
    typeof query.date === "string" && isCalendarDate(query.date) ? query.date : undefined;
  const practitionerId =
    typeof query.praticien === "string" && UUID.test(query.praticien) ? query.praticien : undefined;
  const list = await exportDayList(user, { date, practitionerId }, new Date()).catch(
    notFoundOnAppError,
  );
  const t = await getTranslations("agenda.list");
  const locale = (await getLocale()) as Locale;
  const back = agendaHref({
    date: list.date,
    view: "day",
    practiceId: null,
    practitionerId: practitionerId ?? null,
  });
  return (
    <div className="space-y-4">
      <p className="print:hidden">
        <Link prefetch={false} href={back} className="text-brand-800 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-slate-900">
        {t("title", { date: formatCalendarDay(locale, list.date) })}
      </h1>
      <p className="text-slate-800">{practitionerName(list.calendar)}</p>
      <p className="text-sm text-slate-700 print:hidden">{t("printHint")}</p>
      <DayListTable appointments={list.appointments} timeZone={list.calendar.timeZone} />
    </div>
  );
}
