import type { AccessLogEntryView } from "@/lib/audit/list-access-log";
import { formatInstant } from "@/lib/utils/format-date-fr";

const ACTION_LABELS: Record<AccessLogEntryView["action"], string> = {
  VIEW_PROFILE: "A consulté la fiche patient",
  VIEW_APPOINTMENT: "A consulté un rendez-vous",
  LIST_APPOINTMENTS: "A consulté la liste des rendez-vous",
  UPDATE_APPOINTMENT: "A modifié un rendez-vous",
};

const ROLE_LABELS: Record<NonNullable<AccessLogEntryView["actor"]>["role"], string> = {
  PRACTITIONER: "praticien ou secrétariat",
  ADMIN: "équipe Praxis",
  PATIENT: "patient",
};

function who(entry: AccessLogEntryView): string {
  if (!entry.actor) return "Compte supprimé depuis";
  return `${entry.actor.name ?? "Sans nom"} (${ROLE_LABELS[entry.actor.role]})`;
}

export function AccessLogList({ entries }: { entries: AccessLogEntryView[] }) {
  if (entries.length === 0) {
    return (
      <p className="rounded-xl border border-slate-200 bg-brand-50 p-4 text-slate-800">
        Aucun professionnel n’a encore consulté vos données ni celles de vos proches.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">
          Consultations de vos données par des professionnels, les plus récentes d’abord
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Quand
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Qui
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Cabinet
            </th>
            <th scope="col" className="py-2 font-semibold">
              Quoi
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className="border-b border-slate-200 align-top">
              <td className="py-3 pr-4 whitespace-nowrap">
                <time dateTime={entry.at.toISOString()}>{formatInstant(entry.at)}</time>
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
                  "Équipe Praxis"
                )}
              </td>
              <td className="py-3">
                {ACTION_LABELS[entry.action]}
                {entry.person && <span className="block text-slate-600">de {entry.person}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
