import { useTranslations } from "next-intl";
import { TableScroll } from "@/components/ui/table-scroll";
import type { PractitionerSummary } from "@/lib/admin/practitioners/practitioner-view";
import { Link } from "@/lib/i18n/navigation";
import { VerificationBadge } from "./verification-badge";

export function PractitionersTable({ practitioners }: { practitioners: PractitionerSummary[] }) {
  const t = useTranslations("admin.practitioners");
  if (practitioners.length === 0) {
    return <p className="text-slate-700">{t("empty")}</p>;
  }
  return (
    <TableScroll label={t("caption")}>
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.practitioner")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.specialty")}
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              {t("columns.account")}
            </th>
            <th scope="col" className="py-2 font-semibold">
              {t("columns.state")}
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
              <td className="py-3 pr-4 break-all">{practitioner.email ?? t("noAccount")}</td>
              <td className="py-3">
                <VerificationBadge practitioner={practitioner} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
