import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import type { PersonView } from "@/lib/patients/person-view";
import { formatCalendarDate } from "@/lib/utils/format-date";

export function RelativesList({ relatives }: { relatives: PersonView[] }) {
  const t = useTranslations("patient.relatives");
  const relationship = useTranslations("ui.relationship");
  const locale = useLocale() as Locale;
  if (relatives.length === 0) {
    return <p className="text-slate-700">{t("empty")}</p>;
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200">
      {relatives.map((relative) => (
        <li key={relative.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <div>
            <p className="font-semibold text-slate-900">
              {relative.firstName} {relative.lastName}
            </p>
            <p className="text-sm text-slate-700">
              {t("bornOn", {
                relationship: relationship(relative.relationship),
                date: formatCalendarDate(locale, relative.birthDate),
              })}
            </p>
          </div>
          <Link
            href={`/espace-patient/proches/${relative.id}`}
            className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 underline hover:text-brand-800"
          >
            {t("edit")}
            <span className="sr-only">
              {" "}
              {relative.firstName} {relative.lastName}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
