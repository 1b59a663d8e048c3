import { useLocale, useTranslations } from "next-intl";
import { localizePath, type Locale } from "@/lib/i18n/locales";

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
  const locale = useLocale() as Locale;
  // Plain links (no hydration, no prefetch), in the page's language.
  const localized = (target: number) => localizePath(locale, hrefFor(target));
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-6 flex items-center justify-between gap-4 text-sm">
      {page > 1 ? (
        <a href={localized(Math.min(page - 1, pageCount))} className={LINK} rel="prev">
          {t("previous")}
        </a>
      ) : (
        <span />
      )}
      <p className="text-slate-700">
        {t("position", { page: Math.min(page, pageCount), count: pageCount })}
      </p>
      {page < pageCount ? (
        <a href={localized(page + 1)} className={LINK} rel="next">
          {t("next")}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
