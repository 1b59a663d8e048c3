"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export type NavSection = { href: string; label: string };

// The first section is the area's home: current on its own address only, not below it.
function isCurrent(pathname: string, href: string, home: string): boolean {
  return href === home ? pathname === href : pathname.startsWith(href);
}

// An area's navigation (patient, practitioner). The labels come translated from the server
// layout: no catalogue is sent to the browser.
// `bar` keeps the links in a row on every width (an area whose pages need the full width).
export function SectionNav({
  label,
  sections,
  bar = false,
}: {
  label: string;
  sections: NavSection[];
  bar?: boolean;
}) {
  // The path without its language prefix ("/en/espace-patient" → "/espace-patient").
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className={`flex flex-wrap gap-2 ${bar ? "" : "md:flex-col md:gap-1"}`}>
        {sections.map((section) => {
          const current = isCurrent(pathname, section.href, sections[0]?.href ?? "");
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
