import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

type PaginationProps = {
  page: number;
  pageCount: number;
  // The address of a page, keeping the list's other parameters.
  hrefFor: (page: number) => string;
  label: string;
};

const LINK = "rounded-md px-3 py-2 font-medium text-brand-700 underline hover:text-brand-800";

// Previous / next links around "Page n sur m"; plain links, so they work without JavaScript.
export function Pagination({ page, pageCount, hrefFor, label }: PaginationProps) {
  const t = useTranslations("ui.pagination");
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pageCount))} className={LINK} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-slate-700">
        {t("position", { page: Math.min(page, pageCount), count: pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={LINK} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
