import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { MenuIcon } from "@/components/ui/icons";
import { Logo } from "@/components/ui/logo";
import { Link } from "@/lib/i18n/navigation";
import { MenuDisclosure } from "./menu-disclosure";
import { NAV_ITEM, navListClass, type NavOrientation } from "./nav-orientation";

/**
 * The layout's links do not prefetch: every page renders per request (its CSP nonce), so a
 * prefetch is a server render per visible link on every page view, mostly never used.
 * On wide screens every destination sits in the header's row; on a phone they fold into
 * one menu button, so the header never makes the page wider than the screen.
 * `account` and `languages` render the account links and the language switcher in either
 * orientation.
 */
export async function SiteHeader({
  account,
  languages,
}: {
  account: (orientation: NavOrientation) => ReactNode;
  languages: (orientation: NavOrientation) => ReactNode;
}) {
  const t = await getTranslations("layout");
  const destinations = (orientation: NavOrientation) => (
    <>
      <nav aria-label={t("mainNav")}>
        <ul className={navListClass(orientation)}>
          <li>
            <Link prefetch={false} href="/#recherche" className={NAV_ITEM}>
              {t("search")}
            </Link>
          </li>
          <li>
            <Link prefetch={false} href="/#confidentialite" className={NAV_ITEM}>
              {t("privacy")}
            </Link>
          </li>
        </ul>
      </nav>
      <nav aria-label={t("accountNav")}>{account(orientation)}</nav>
      {languages(orientation)}
    </>
  );
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      {/* It wraps rather than overflows: at 200 % text size the menu button goes under the logo. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link prefetch={false} href="/" className="rounded-md" aria-label={t("homeLabel")}>
          <Logo />
        </Link>
        <div className="hidden items-center gap-4 lg:flex">{destinations("row")}</div>
        <MenuDisclosure
          className="relative lg:hidden"
          summary={
            <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-md border border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
              <MenuIcon className="size-5" />
              {t("menu")}
            </summary>
          }
        >
          <div className="absolute right-0 z-40 mt-2 w-[min(18rem,calc(100vw-2rem))] space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-lg">
            {destinations("column")}
          </div>
        </MenuDisclosure>
      </div>
    </header>
  );
}
