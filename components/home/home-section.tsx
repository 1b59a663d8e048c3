import type { ReactNode } from "react";

type HomeSectionProps = {
  /** The anchor other pages link to ("/#confidentialite"), if any. */
  id?: string;
  titleId: string;
  title: string;
  className: string;
  children: ReactNode;
};

// A band of the home page, named by its heading for screen-reader landmarks.
export function HomeSection({ id, titleId, title, className, children }: HomeSectionProps) {
  return (
    <section id={id} aria-labelledby={titleId} className={className}>
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id={titleId} className="text-3xl font-bold tracking-tight text-slate-900">
          {title}
        </h2>
        {children}
      </div>
    </section>
  );
}
