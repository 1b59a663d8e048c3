import { getLocale, getTranslations } from "next-intl/server";
import { HoursForm } from "@/components/practice-settings/hours-form";
import { SettingsFrame } from "@/components/practice-settings/settings-frame";
import { requireUser } from "@/lib/auth/session";
import { notFoundOnNoAccess } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { getWeeklyHours } from "@/lib/practice-settings/get-weekly-hours";
import { formatCalendarDate, formatWeekday } from "@/lib/utils/format-date";
import { saveHoursAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("practiceSettings.hours");
  return { title: t("title") };
}

export default async function HoursPage() {
  const user = await requireUser();
  const hours = await getWeeklyHours(user).catch(notFoundOnNoAccess);
  const t = await getTranslations("practiceSettings.hours");
  const locale = (await getLocale()) as Locale;
  const labels = {
    effectiveFrom: t("effectiveFrom"),
    effectiveFromHint: t("effectiveFromHint"),
    weekdays: [1, 2, 3, 4, 5, 6, 7].map((day) => formatWeekday(locale, day)),
    closed: t("closed"),
    start: t("start"),
    end: t("end"),
    rangeName: t("rangeName", { day: "{day}", n: "{n}" }),
    addRange: t("addRange"),
    removeRange: t("removeRange"),
    submit: t("submit"),
    outsideHours: t("outsideHours"),
  };
  return (
    <SettingsFrame title={t("title")} intro={t("intro", { zone: hours.timeZone })}>
      {hours.practices.length === 0 && <p className="text-slate-700">{t("noPractice")}</p>}
      {hours.practices.map((practice, index) => (
        <section
          key={practice.locationId}
          aria-labelledby={`practice-${index}`}
          className="space-y-4"
        >
          <h2 id={`practice-${index}`} className="text-xl font-semibold text-slate-900">
            {practice.name ?? practice.address}
            {practice.name && (
              <span className="block text-sm font-normal text-slate-600">{practice.address}</span>
            )}
          </h2>
          {practice.scheduled.map((change) => (
            <p
              key={change.from}
              className="rounded-lg border border-brand-200 bg-brand-50 px-4 py-3 text-slate-800"
            >
              {t("scheduled", {
                date: formatCalendarDate(locale, change.from),
                count: change.ranges.length,
              })}
            </p>
          ))}
          <HoursForm
            idPrefix={`hours-${index}`}
            locationId={practice.locationId}
            today={hours.today}
            ranges={practice.ranges}
            labels={labels}
            action={saveHoursAction}
          />
        </section>
      ))}
    </SettingsFrame>
  );
}
