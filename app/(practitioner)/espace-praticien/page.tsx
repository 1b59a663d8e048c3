import { getLocale, getTranslations } from "next-intl/server";
import { AgendaGrid } from "@/components/agenda/agenda-grid";
import { AgendaToolbar } from "@/components/agenda/agenda-toolbar";
import { LiveRefresh } from "@/components/agenda/live-refresh";
import { parseAgendaParams } from "@/lib/agenda/agenda-params";
import { rangeOfDays } from "@/lib/agenda/agenda-range";
import { buildColumns } from "@/lib/agenda/build-columns";
import { loadAgenda } from "@/lib/agenda/load-agenda";
import { requireUser } from "@/lib/auth/session";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarDay } from "@/lib/utils/format-date";
import { practitionerName } from "@/lib/utils/practitioner-name";

export async function generateMetadata() {
  const t = await getTranslations("agenda");
  return { title: t("metaTitle") };
}

const NOTICE_KEY = { badDate: "notice.badDate", badView: "notice.badView" } as const;

type AgendaPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The agenda: /espace-praticien?date=YYYY-MM-DD&vue=jour|semaine[&cabinet=…][&praticien=…].
export default async function AgendaPage({ searchParams }: AgendaPageProps) {
  const user = await requireUser();
  const params = parseAgendaParams(await searchParams);
  const now = new Date();
  const agenda = await loadAgenda(user, params, now).catch(notFoundOnAppError);
  const { calendar } = agenda;
  const t = await getTranslations("agenda");
  const locale = (await getLocale()) as Locale;
  const { columns, bounds } = buildColumns({ ...agenda, timeZone: calendar.timeZone });
  const first = formatCalendarDay(locale, agenda.days[0]);
  const last = formatCalendarDay(locale, agenda.days[agenda.days.length - 1]);
  const several = agenda.calendars.length > 1;
  const shownDay = rangeOfDays(agenda.date, agenda.date, calendar.timeZone);
  const range = new URLSearchParams({
    from: agenda.days[0],
    to: agenda.days[agenda.days.length - 1],
    practitionerId: calendar.practitionerId,
  });
  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {t("title", { name: practitionerName(calendar) })}
        </h1>
        <p className="text-lg text-slate-800">
          {agenda.view === "week" ? t("toolbar.weekOf", { first, last }) : first}
        </p>
      </header>
      {params.notice && (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-900"
        >
          {t(NOTICE_KEY[params.notice])}
        </p>
      )}
      <AgendaToolbar
        date={agenda.date}
        today={agenda.today}
        view={agenda.view}
        practitionerId={calendar.practitionerId}
        practitionerParameter={several ? calendar.practitionerId : null}
        practiceId={agenda.practiceId}
        practices={agenda.practices.map((practice) => ({
          id: practice.id,
          label: practice.name ?? practice.city,
        }))}
        blockTime={
          agenda.canManage
            ? { startsAt: shownDay.from.toISOString(), endsAt: shownDay.to.toISOString() }
            : null
        }
        practitioners={agenda.calendars.map((choice) => ({
          id: choice.practitionerId,
          label: practitionerName(choice),
        }))}
      />
      <AgendaGrid
        columns={columns}
        bounds={bounds}
        timeZone={calendar.timeZone}
        nowMs={now.getTime()}
        practitionerId={calendar.practitionerId}
        canManage={agenda.canManage}
        label={t("grid.label", { first, last })}
      />
      <LiveRefresh
        versionUrl={`/api/v1/practitioner/agenda-version?${range}`}
        version={agenda.version}
      />
    </div>
  );
}
