import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter({ languages }: { languages?: ReactNode }) {
  const t = await getTranslations("layout.footer");
  const measurement = await getTranslations("measurement");
  return (
    <footer className="border-t border-slate-200 bg-brand-50 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm text-slate-700 sm:grid-cols-[1fr_auto] sm:px-6">
        <div className="space-y-3">
          <Logo />
          <p className="max-w-prose">{t("about")}</p>
          <p className="font-medium text-slate-900">
            {t.rich("emergency", { strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
        </div>
        <div className="space-y-4">
          <nav aria-label={t("nav")}>
            <ul className="space-y-2">
              <li>
                <Link
                  prefetch={false}
                  href="/#recherche"
                  className="underline hover:text-brand-700"
                >
                  {t("findPractitioner")}
                </Link>
              </li>
              <li>
                <Link
                  prefetch={false}
                  href="/#confidentialite"
                  className="underline hover:text-brand-700"
                >
                  {t("privacyPromise")}
                </Link>
              </li>
              <li>
                <Link
                  prefetch={false}
                  href="/confidentialite/mesure"
                  className="underline hover:text-brand-700"
                >
                  {measurement("footerLink")}
                </Link>
              </li>
            </ul>
          </nav>
          {languages}
        </div>
      </div>
      <p className="border-t border-slate-200 py-4 text-center text-xs text-slate-600">
        © {new Date().getFullYear()} Praxis
      </p>
    </footer>
  );
}
