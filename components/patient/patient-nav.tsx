"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { href: "/espace-patient", label: "Mon espace" },
  { href: "/espace-patient/rendez-vous", label: "Mes rendez-vous" },
  { href: "/espace-patient/profil", label: "Mon profil" },
  { href: "/espace-patient/proches", label: "Mes proches" },
  { href: "/espace-patient/mes-donnees", label: "Mes données" },
  { href: "/espace-patient/acces", label: "Accès à mes données" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  return href === "/espace-patient" ? pathname === href : pathname.startsWith(href);
}

export function PatientNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Espace patient">
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {SECTIONS.map((section) => {
          const current = isCurrent(pathname, section.href);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-2 text-sm font-medium ${
                  current
                    ? "bg-brand-100 text-brand-900"
                    : "text-slate-700 hover:bg-brand-50 hover:text-brand-800"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
