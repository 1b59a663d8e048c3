"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";

export type AdminSection = { href: string; label: string };

// The admin area's sections as a row of tabs above each page; the home is current only on
// itself, a section on all its pages. Labels come translated from the server layout.
export function AdminNav({ label, sections }: { label: string; sections: AdminSection[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="border-b border-slate-200">
      <ul className="-mb-px flex flex-wrap gap-x-2">
        {sections.map((section, index) => {
          const current =
            index === 0 ? pathname === section.href : pathname.startsWith(section.href);
          return (
            <li key={section.href}>
              <Link
                prefetch={false}
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-2 px-3 text-sm font-medium ${
                  current
                    ? "border-brand-600 text-brand-800"
                    : "border-transparent text-slate-700 hover:border-slate-300 hover:text-brand-800"
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
