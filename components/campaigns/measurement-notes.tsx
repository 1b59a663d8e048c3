import { useTranslations } from "next-intl";

/** What the figures are, and are not: passages, not people; small numbers; retention. */
export function MeasurementNotes({ threshold }: { threshold: number }) {
  const t = useTranslations("campaigns.notes");
  return (
    <aside
      aria-labelledby="measurement-notes-title"
      className="space-y-2 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm text-slate-800"
    >
      <h2 id="measurement-notes-title" className="font-semibold text-slate-900">
        {t("title")}
      </h2>
      <p>{t("passages")}</p>
      <p>{t("threshold", { threshold })}</p>
      <p>{t("retention")}</p>
    </aside>
  );
}
