import { getTranslations } from "next-intl/server";
import { AbsenceForm } from "@/components/practice-settings/absence-form";
import { SettingsFrame } from "@/components/practice-settings/settings-frame";
import { requireUser } from "@/lib/auth/session";
import { notFoundOnNoAccess } from "@/lib/http/not-found-on-app-error";
import { Link } from "@/lib/i18n/navigation";
import { absenceFormDefaults } from "@/lib/practice-settings/absences";
import { createAbsenceAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("practiceSettings.newAbsence");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;
const instant = (value: string | undefined) => {
  const time = value === undefined ? Number.NaN : Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
};
const uuid = (value: string | undefined) =>
  value && /^[0-9a-f-]{36}$/i.test(value) ? value : undefined;

// Reached from the absences page, or from the agenda's "block time" with ?debut=&fin=
// (instants) and ?praticien= (the agenda, for a secretary working for several).
export default async function NewAbsencePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const defaults = await absenceFormDefaults(user, {
    practitionerId: uuid(single(params.praticien)),
    startsAt: instant(single(params.debut)),
    endsAt: instant(single(params.fin)),
  }).catch(notFoundOnNoAccess);
  const t = await getTranslations("practiceSettings.newAbsence");
  const absences = await getTranslations("practiceSettings.absences");
  const labels = {
    kind: t("kind"),
    kindDays: t("kindDays"),
    kindHours: t("kindHours"),
    firstDay: t("firstDay"),
    lastDay: t("lastDay"),
    day: t("day"),
    start: t("start"),
    end: t("end"),
    label: t("label"),
    labelHint: t("labelHint"),
    submit: t("submit"),
    appointmentsTitle: absences("appointmentsTitle"),
    keep: absences("keep"),
    cancelThem: absences("cancelThem"),
    cancelHint: absences("cancelHint"),
  };
  return (
    <SettingsFrame title={t("title")} intro={t("intro")}>
      <AbsenceForm
        practitionerId={defaults.practitionerId}
        defaults={defaults.values}
        labels={labels}
        action={createAbsenceAction}
      />
      <Link
        href={`/espace-praticien/absences?praticien=${defaults.practitionerId}`}
        className="inline-block font-medium text-brand-800 underline"
      >
        {t("back")}
      </Link>
    </SettingsFrame>
  );
}
