import type { ReactNode } from "react";

type StatusMessageProps = {
  // Short label above the title ("Erreur 404").
  eyebrow: string;
  title: string;
  children: ReactNode;
  actions: ReactNode;
};

// Shared body of the 404 and error pages, so they read as one family.
export function StatusMessage({ eyebrow, title, children, actions }: StatusMessageProps) {
  return (
    <section aria-labelledby="status-title" className="mx-auto max-w-2xl px-4 py-20 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{eyebrow}</p>
      <h1
        id="status-title"
        className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl"
      >
        {title}
      </h1>
      <div className="mt-4 space-y-3 text-lg text-slate-700">{children}</div>
      <div className="mt-8 flex flex-wrap gap-3">{actions}</div>
    </section>
  );
}
