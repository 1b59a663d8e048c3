import { useLocale, useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import type { AccessLogEntryView } from "@/lib/audit/list-access-log";
import type { Locale } from "@/lib/i18n/locales";
import { formatInstant } from "@/lib/utils/format-date";

export function AccessLogList({ entries }: { entries: AccessLogEntryView[] }) {
  const t = useTranslations("patient.accessLog");
  const locale = useLocale() as Locale;
  const all = useTranslations();
  const who = (entry: AccessLogEntryView) => {
    if (entry.secretariatOf) return all("secretariat.accessLogActor", entry.secretariatOf);
    return entry.actor
      ? t("actor", {
          name: entry.actor.name ?? t("noName"),
          role: all(`patient.accessLog.roles.${entry.actor.role}`),
        })
      : t("deletedActor");
  };
  if (entries.length === 0) {
    return (
      <p className="rounded-xl border border-slate-200 bg-brand-50 p-4 text-slate-800">
        {t("empty")}
      </p>
    );
  }
  return (
    <TableScroll label={t("caption")}>
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("when")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("who")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("practice")}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t("what")}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-200 align-top">
              <td className="py-3 pr-4 whitespace-nowrap">
                <time dateTime={entry.at.toISOString()}>{formatInstant(locale, entry.at)}</time>
              </td>
              <td className="py-3 pr-4">{who(entry)}</td>
              <td className="py-3 pr-4">
                {entry.practitioner ? (
                  <>
                    {entry.practitioner.name}
                    {entry.practitioner.practices.length > 0 && (
                      <span className="block text-slate-600">
                        {entry.practitioner.practices.join(" · ")}
                      </span>
                    )}
                  </>
                ) : (
                  t("team")
                )}
              </td>
              <td className="py-3">
                {all(`patient.accessLog.actions.${entry.action}`)}
                {entry.person && (
                  <span className="block text-slate-600">
                    {t("ofPerson", { person: entry.person })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
