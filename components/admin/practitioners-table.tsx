import Link from "next/link";
import type { PractitionerSummary } from "@/lib/admin/practitioners/practitioner-view";
import { VerificationBadge } from "./verification-badge";

export function PractitionersTable({ practitioners }: { practitioners: PractitionerSummary[] }) {
  if (practitioners.length === 0) {
    return <p className="text-slate-700">Aucun praticien ne correspond à ce filtre.</p>;
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">Praticiens, les plus récemment créés d’abord</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              Praticien
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Spécialité
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Compte
            </th>
            <th scope="col" className="py-2 font-semibold">
              État
            </th>
          </tr>
        </thead>
        <tbody>
          {practitioners.map((practitioner) => (
            <tr key={practitioner.id} className="border-b border-slate-200 align-top">
              <td className="py-3 pr-4">
                <Link
                  href={`/admin/praticiens/${practitioner.id}`}
                  className="font-medium text-brand-700 underline hover:text-brand-800"
                >
                  {practitioner.name}
                </Link>
              </td>
              <td className="py-3 pr-4">{practitioner.specialty}</td>
              <td className="py-3 pr-4 break-all">{practitioner.email ?? "Aucun compte"}</td>
              <td className="py-3">
                <VerificationBadge practitioner={practitioner} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
