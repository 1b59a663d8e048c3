import Link from "next/link";
import { Logo } from "@/components/ui/logo";

export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-brand-50">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-slate-700 sm:grid-cols-[1fr_auto] sm:px-6">
        <div className="space-y-3">
          <Logo />
          <p className="max-w-prose">
            Praxis est une plateforme libre de prise de rendez-vous médicaux. Aucun cookie
            publicitaire, aucun traceur, aucune donnée transmise à des tiers.
          </p>
          <p className="font-medium text-slate-900">
            En cas d’urgence, appelez le <strong>15</strong> (SAMU) ou le <strong>112</strong>.
          </p>
        </div>
        <nav aria-label="Liens du pied de page">
          <ul className="space-y-2">
            <li>
              <Link href="/#recherche" prefetch={false} className="underline hover:text-brand-700">
                Trouver un praticien
              </Link>
            </li>
            <li>
              <Link
                href="/#confidentialite"
                prefetch={false}
                className="underline hover:text-brand-700"
              >
                Notre engagement de confidentialité
              </Link>
            </li>
          </ul>
        </nav>
      </div>
      <p className="border-t border-slate-200 py-4 text-center text-xs text-slate-600">
        © {new Date().getFullYear()} Praxis
      </p>
    </footer>
  );
}
