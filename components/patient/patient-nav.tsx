"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export type PatientNavSection = { href: string; label: string };

function isCurrent(pathname: string, href: string): boolean {
  return href === "/espace-patient" ? pathname === href : pathname.startsWith(href);
}

// The labels come translated from the server layout: no catalogue is sent to the browser.
export function PatientNav({ label, sections }: { label: string; sections: PatientNavSection[] }) {
  // The path without its language prefix ("/en/espace-patient" → "/espace-patient").
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {sections.map((section) => {
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
