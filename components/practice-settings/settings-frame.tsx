import type { ReactNode } from "react";

// The practitioner's settings pages: a title, a short explanation, then the page. The area's
// navigation (the layout) already links the settings to one another.
export function SettingsFrame({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{title}</h1>
        <p className="max-w-prose text-slate-700">{intro}</p>
      </header>
      {children}
    </div>
  );
}
