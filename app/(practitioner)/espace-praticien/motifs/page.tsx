import { getTranslations } from "next-intl/server";
import { MotiveCard } from "@/components/practice-settings/motive-card";
import { MotiveForm, type MotiveFormLabels } from "@/components/practice-settings/motive-form";
import { SettingsFrame } from "@/components/practice-settings/settings-frame";
import { requireUser } from "@/lib/auth/session";
import { notFoundOnNoAccess } from "@/lib/http/not-found-on-app-error";
import { MOTIVE_AUDIENCES } from "@/lib/practice-settings/limits";
import { listMotives } from "@/lib/practice-settings/motives";
import { listPractices } from "@/lib/practice-settings/practices";
import {
  createMotiveAction,
  moveMotiveAction,
  setMotiveActiveAction,
  updateMotiveAction,
} from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("practiceSettings.motives");
  return { title: t("title") };
}

export default async function MotivesPage() {
  const user = await requireUser();
  const [motives, practices] = await Promise.all([
    listMotives(user).catch(notFoundOnNoAccess),
    listPractices(user).catch(notFoundOnNoAccess),
  ]);
  const t = await getTranslations("practiceSettings.motives");
  const audience = await getTranslations("practiceSettings.motives.audience");
  const labels = (submit: string): MotiveFormLabels => ({
    name: t("name"),
    nameHint: t("nameHint"),
    duration: t("durationLabel"),
    durationHint: t("durationHint"),
    color: t("color"),
    audience: t("audienceLabel"),
    audiences: MOTIVE_AUDIENCES.map((value) => ({ value, label: audience(value) })),
    teleconsultation: t("teleconsultationLabel"),
    practices: t("practices"),
    practicesHint: t("practicesHint"),
    submit,
  });
  const practiceName = new Map(practices.map((practice) => [practice.id, practice.label]));
  return (
    <SettingsFrame title={t("title")} intro={t("intro")}>
      {motives.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ol className="space-y-4">
          {motives.map((motive, index) => (
            <MotiveCard
              key={motive.id}
              motive={motive}
              practiceNames={motive.locationIds.map((id) => practiceName.get(id) ?? "")}
              moveUp={index > 0 ? moveMotiveAction.bind(null, motive.id, String(index - 1)) : null}
              moveDown={
                index < motives.length - 1
                  ? moveMotiveAction.bind(null, motive.id, String(index + 1))
                  : null
              }
              toggle={setMotiveActiveAction.bind(null, motive.id, String(!motive.active))}
            >
              <MotiveForm
                idPrefix={`motive-${index}`}
                motive={motive}
                practices={practices}
                labels={labels(t("submitEdit"))}
                action={updateMotiveAction.bind(null, motive.id)}
              />
            </MotiveCard>
          ))}
        </ol>
      )}
      <section aria-labelledby="new-motive" className="space-y-4">
        <h2 id="new-motive" className="text-xl font-semibold text-slate-900">
          {t("newTitle")}
        </h2>
        <MotiveForm
          idPrefix="new-motive"
          practices={practices}
          labels={labels(t("submitNew"))}
          action={createMotiveAction}
        />
      </section>
    </SettingsFrame>
  );
}
