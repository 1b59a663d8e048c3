import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

export const SETTINGS_SECTIONS = [
  ["/espace-praticien/horaires", "hours"],
  ["/espace-praticien/motifs", "motives"],
  ["/espace-praticien/regles", "rules"],
  ["/espace-praticien/absences", "absences"],
] as const;

type Section = (typeof SETTINGS_SECTIONS)[number][1];

// The practitioner's settings pages: a title, a short explanation, and links between them.
export function SettingsFrame({
  current,
  title,
  intro,
  children,
}: {
  current: Section;
  title: string;
  intro: string;
  children: ReactNode;
}) {
  const t = useTranslations("practiceSettings.nav");
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6">
      <nav aria-label={t("label")}>
        <ul className="flex flex-wrap gap-2">
          {SETTINGS_SECTIONS.map(([href, key]) => (
            <li key={key}>
              <Link
                href={href}
                aria-current={key === current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${
                  key === current
                    ? "bg-brand-100 text-brand-900"
                    : "text-slate-700 hover:bg-brand-50 hover:text-brand-800"
                }`}
              >
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
        <p className="max-w-prose text-slate-700">{intro}</p>
      </header>
      {children}
    </div>
  );
}
