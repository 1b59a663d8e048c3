import Link from "next/link";
import type { PersonView } from "@/lib/patients/person-view";
import { formatCalendarDate } from "@/lib/utils/format-date-fr";
import { RELATIONSHIP_LABELS } from "./relationship-labels";

export function RelativesList({ relatives }: { relatives: PersonView[] }) {
  if (relatives.length === 0) {
    return (
      <p className="text-slate-700">
        Vous n’avez encore ajouté aucun proche. Ajoutez ci-dessous les personnes pour qui vous
        prenez rendez-vous.
      </p>
    );
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
              {RELATIONSHIP_LABELS[relative.relationship]} · né(e) le{" "}
              {formatCalendarDate(relative.birthDate)}
            </p>
          </div>
          <Link
            href={`/espace-patient/proches/${relative.id}`}
            className="rounded-md px-3 py-2 text-sm font-medium text-brand-700 underline hover:text-brand-800"
          >
            Modifier
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
