import { useLocale, useTranslations } from "next-intl";
import { buttonClassName } from "@/components/ui/button";
import type { OwnPatientHit } from "@/lib/agenda/search-own-patients";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatCalendarDate } from "@/lib/utils/format-date";

type PatientSearchProps = {
  /** The page's own address without the search: the form submits to it with GET. */
  action: string;
  /** The query parameters the page needs besides the search (time, practice…). */
  keep: Record<string, string>;
  query: string;
  /** null before any search. */
  hits: readonly OwnPatientHit[] | null;
  hrefOf: (patientId: string) => string;
};

// A search among the practitioner's own patients, as a plain GET form: each hit is a link
// that chooses the patient.
export function PatientSearch({ action, keep, query, hits, hrefOf }: PatientSearchProps) {
  const t = useTranslations("practiceBooking.search");
  const locale = useLocale() as Locale;
  return (
    <div className="space-y-4">
      <form method="get" action={action} role="search" className="flex flex-wrap items-end gap-3">
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="min-w-0 flex-1 basis-56">
          <label
            htmlFor="patient-query"
            className="mb-1.5 block text-sm font-medium text-slate-700"
          >
            {t("label")}
          </label>
          <p id="patient-query-hint" className="mb-1.5 text-sm text-slate-600">
            {t("hint")}
          </p>
          <input
            id="patient-query"
            type="search"
            name="q"
            defaultValue={query}
            minLength={2}
            maxLength={100}
            aria-describedby="patient-query-hint"
            className="block w-full rounded-lg border border-slate-500 bg-white px-3 py-3 text-base text-slate-900"
          />
        </div>
        <button type="submit" className={buttonClassName("secondary")}>
          {t("submit")}
        </button>
      </form>
      {hits !== null &&
        (hits.length === 0 ? (
          <p className="text-slate-700">{t("none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
            {hits.map((hit) => {
              const name = `${hit.firstName} ${hit.lastName}`.trim();
              return (
                <li key={hit.id} className="flex flex-wrap items-center justify-between gap-2 p-4">
                  <span className="text-slate-900">
                    <span className="font-medium">{name}</span>
                    {hit.birthDate && (
                      <span className="block text-sm text-slate-700">
                        {t("born", {
                          date: formatCalendarDate(locale, hit.birthDate),
                        })}
                      </span>
                    )}
                  </span>
                  <Link href={hrefOf(hit.id)} className={buttonClassName("secondary")}>
                    {t("choose", { name })}
                  </Link>
                </li>
              );
            })}
          </ul>
        ))}
    </div>
  );
}
