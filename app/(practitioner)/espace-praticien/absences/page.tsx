import { getLocale, getTranslations } from "next-intl/server";
import { SettingsFrame } from "@/components/practice-settings/settings-frame";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { buttonClassName } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { notFoundOnNoAccess } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listAbsences } from "@/lib/practice-settings/absences";
import { formatCalendarDate, formatDayAndTime } from "@/lib/utils/format-date";
import { createAbsenceAction, deleteAbsenceAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("practiceSettings.absences");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const count = (value: string | string[] | undefined) =>
  typeof value === "string" && /^\d{1,4}$/.test(value) ? Number(value) : 0;

export default async function AbsencesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const requested = typeof params.praticien === "string" ? params.praticien : undefined;
  const view = await listAbsences(
    user,
    requested && /^[0-9a-f-]{36}$/i.test(requested) ? requested : undefined,
  ).catch(notFoundOnNoAccess);
  const t = await getTranslations("practiceSettings.absences");
  const holidayName = await getTranslations("practiceSettings.holidays");
  const locale = (await getLocale()) as Locale;
  const when = (instant: Date) => formatDayAndTime(locale, instant, view.timeZone, true);
  const outcome =
    params.ajout !== "1"
      ? null
      : count(params.annules) > 0
        ? t("createdCancelled", { count: count(params.annules) })
        : count(params.gardes) > 0
          ? t("createdKept", { count: count(params.gardes) })
          : t("created");
  return (
    <SettingsFrame title={t("title")} intro={t("intro")}>
      <div role="status">
        {outcome && (
          <p className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900">
            {outcome}
          </p>
        )}
      </div>
      <Link
        href={`/espace-praticien/absences/nouvelle?praticien=${view.practitionerId}`}
        className={buttonClassName("primary")}
      >
        {t("add")}
      </Link>
      <section aria-labelledby="absences-list" className="space-y-4">
        <h2 id="absences-list" className="text-xl font-semibold text-slate-900">
          {t("listTitle")}
        </h2>
        {view.absences.length === 0 ? (
          <p className="text-slate-700">{t("empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200">
            {view.absences.map((absence) => (
              <li
                key={absence.id}
                className="flex flex-wrap items-center justify-between gap-3 p-4"
              >
                <div className="min-w-0">
                  <p className="font-semibold break-words text-slate-900">
                    {absence.label ?? t("noLabel")}
                  </p>
                  <p className="text-sm text-slate-700">
                    {t("period", { start: when(absence.startsAt), end: when(absence.endsAt) })}
                  </p>
                </div>
                <ActionButtonForm
                  action={deleteAbsenceAction.bind(null, absence.id, view.practitionerId)}
                  label={t("delete")}
                  variant="secondary"
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      {view.holidays.length > 0 && (
        <section aria-labelledby="holidays" className="space-y-4">
          <h2 id="holidays" className="text-xl font-semibold text-slate-900">
            {t("holidaysTitle")}
          </h2>
          <p className="text-slate-700">{t("holidaysIntro")}</p>
          <ul className="grid gap-3 sm:grid-cols-2">
            {view.holidays.map((holiday) => (
              <li key={holiday.date}>
                <ActionButtonForm
                  action={createAbsenceAction}
                  label={t("holidayAdd", {
                    date: formatCalendarDate(locale, holiday.date),
                    name: holidayName(holiday.key),
                  })}
                  variant="secondary"
                >
                  <input type="hidden" name="kind" value="days" />
                  <input type="hidden" name="firstDay" value={holiday.date} />
                  <input type="hidden" name="lastDay" value={holiday.date} />
                  <input type="hidden" name="label" value={holidayName(holiday.key)} />
                  <input type="hidden" name="practitionerId" value={view.practitionerId} />
                </ActionButtonForm>
              </li>
            ))}
          </ul>
        </section>
      )}
    </SettingsFrame>
  );
}
