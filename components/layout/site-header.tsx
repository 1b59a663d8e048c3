import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";
import { Link } from "@/lib/i18n/navigation";

const NAV_ITEM = "rounded-md px-2 py-2 text-slate-700 hover:text-brand-700 hover:underline";

/**
 * `account`: the sign-in links or the signed-in user's menu, chosen by the layout;
 * `languages`: the language switcher.
 */
export async function SiteHeader({
  account,
  languages,
}: {
  account?: ReactNode;
  languages?: ReactNode;
}) {
  const t = await getTranslations("layout");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-4 sm:px-6">
        <Link href="/" className="rounded-md" aria-label={t("homeLabel")}>
          <Logo />
        </Link>
        <nav aria-label={t("mainNav")}>
          <ul className="flex items-center gap-1 text-sm font-medium sm:gap-4">
            <li>
              <Link href="/#recherche" className={NAV_ITEM}>
                {t("search")}
              </Link>
            </li>
            <li>
              <Link href="/#confidentialite" className={NAV_ITEM}>
                {t("privacy")}
              </Link>
            </li>
          </ul>
        </nav>
        {account && <nav aria-label={t("accountNav")}>{account}</nav>}
        {languages}
      </div>
    </header>
  );
}
