"use client";

import { usePathname, useSearchParams } from "next/navigation";
import {
  LOCALE_NAMES,
  LOCALES,
  localizePath,
  splitLocalePath,
  type Locale,
} from "@/lib/i18n/locales";

type LanguageSwitcherProps = {
  current: Locale;
  label: string;
  /** Screen-reader name of the current language's entry ("English (current language)"). */
  currentLabel: string;
};

/**
 * Links to the same page and query in every language. A client component only because a
 * layout is not rendered again on client-side navigation, so it reads the address itself;
 * each link goes through /langue, which records the choice and opens the page.
 */
export function LanguageSwitcher({ current, label, currentLabel }: LanguageSwitcherProps) {
  const { path } = splitLocalePath(usePathname());
  const query = useSearchParams().toString();
  const appPath = query ? `${path}?${query}` : path;
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span
                aria-current="true"
                aria-label={currentLabel}
                className="rounded-md px-2 py-2 font-semibold text-slate-900"
              >
                {locale.toUpperCase()}
              </span>
            ) : (
              <a
                href={`/langue?choix=${locale}&retour=${encodeURIComponent(localizePath(locale, appPath))}`}
                hrefLang={locale}
                lang={locale}
                rel="nofollow"
                title={LOCALE_NAMES[locale]}
                className="rounded-md px-2 py-2 text-slate-700 underline-offset-4 hover:text-brand-700 hover:underline"
              >
                <span aria-hidden="true">{locale.toUpperCase()}</span>
                <span className="sr-only">{LOCALE_NAMES[locale]}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
