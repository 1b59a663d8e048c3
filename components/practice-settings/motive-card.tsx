import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import type { ActionState } from "@/lib/forms/action-state";
import type { MotiveView } from "@/lib/practice-settings/motives";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

// One motive: what patients see of it, its place in the list, and its edit form folded away.
export function MotiveCard({
  motive,
  practiceNames,
  moveUp,
  moveDown,
  toggle,
  children,
}: {
  motive: MotiveView;
  practiceNames: string[];
  moveUp: Action | null;
  moveDown: Action | null;
  toggle: Action;
  children: ReactNode;
}) {
  const t = useTranslations("practiceSettings.motives");
  const audience = useTranslations("practiceSettings.motives.audience");
  const details = [
    t("duration", { minutes: motive.durationMinutes }),
    audience(motive.audience),
    ...(motive.teleconsultation ? [t("teleconsultation")] : []),
    practiceNames.length > 0 ? practiceNames.join(", ") : t("allPractices"),
  ];
  return (
    <li className="space-y-3 rounded-xl border border-slate-200 p-4">
      <div className="flex flex-wrap items-start gap-3">
        <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-1 size-4 shrink-0">
          <circle cx="8" cy="8" r="8" fill={motive.color} />
        </svg>
        <div className="min-w-0 flex-1">
          <h2 className="font-semibold break-words text-slate-900">
            {motive.name}
            {!motive.active && (
              <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-sm font-medium text-slate-800">
                {t("inactive")}
              </span>
            )}
          </h2>
          <p className="text-sm text-slate-700">{details.join(" · ")}</p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        {moveUp && <ActionButtonForm action={moveUp} label={t("moveUp")} variant="secondary" />}
        {moveDown && (
          <ActionButtonForm action={moveDown} label={t("moveDown")} variant="secondary" />
        )}
        <ActionButtonForm
          action={toggle}
          label={motive.active ? t("deactivate") : t("activate")}
          variant="secondary"
        />
      </div>
      <details>
        <summary className="cursor-pointer font-medium text-brand-800">{t("edit")}</summary>
        <div className="pt-4">{children}</div>
      </details>
    </li>
  );
}
