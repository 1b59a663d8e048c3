import { useTranslations } from "next-intl";
import {
  STATUS_PARAMS,
  VERIFICATION_FILTERS,
  type VerificationFilter,
} from "@/lib/admin/practitioners/schemas";
import { Link } from "@/lib/i18n/navigation";

export function practitionerListHref(status: VerificationFilter, page = 1): string {
  const params = new URLSearchParams();
  const statut = STATUS_PARAMS[status];
  if (statut) params.set("statut", statut);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/admin/praticiens?${query}` : "/admin/praticiens";
}

export function VerificationFilterLinks({ current }: { current: VerificationFilter }) {
  const t = useTranslations();
  return (
    <nav aria-label={t("admin.practitioners.filterLabel")}>
      <ul className="flex flex-wrap gap-2">
        {VERIFICATION_FILTERS.map((status) => (
          <li key={status}>
            <Link
              href={practitionerListHref(status)}
              aria-current={status === current ? "page" : undefined}
              className={`block rounded-full border px-4 py-1.5 text-sm font-medium ${
                status === current
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-slate-300 text-slate-800 hover:border-brand-300 hover:bg-brand-50"
              }`}
            >
              {t(`admin.practitioners.filters.${status}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
