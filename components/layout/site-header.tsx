import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";

/**
 * `account`: the sign-in links or the signed-in user's menu, chosen by the layout.
 * The layout's links do not prefetch: every page renders per request (its CSP nonce), so a
 * prefetch is a server render per visible link on every page view, mostly never used.
 */
export function SiteHeader({ account }: { account?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-4 sm:px-6">
        <Link href="/" prefetch={false} className="rounded-md" aria-label="Praxis, accueil">
          <Logo />
        </Link>
        <nav aria-label="Navigation principale">
          <ul className="flex items-center gap-1 text-sm font-medium sm:gap-4">
            <li>
              <Link
                prefetch={false}
                href="/#recherche"
                className="rounded-md px-2 py-2 text-slate-700 hover:text-brand-700 hover:underline"
              >
                Rechercher
              </Link>
            </li>
            <li>
              <Link
                prefetch={false}
                href="/#confidentialite"
                className="rounded-md px-2 py-2 text-slate-700 hover:text-brand-700 hover:underline"
              >
                Confidentialité
              </Link>
            </li>
          </ul>
        </nav>
        {account && <nav aria-label="Mon compte">{account}</nav>}
      </div>
    </header>
  );
}
