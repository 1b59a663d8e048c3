import type { ReactNode } from "react";
import { CalendarIcon, MailIcon, SearchIcon } from "@/components/ui/icons";

type Step = { icon: ReactNode; title: string; text: string };

const STEPS: Step[] = [
  {
    icon: <SearchIcon className="size-6" />,
    title: "Cherchez",
    text: "Une spécialité ou un nom, une ville ou un code postal.",
  },
  {
    icon: <CalendarIcon className="size-6" />,
    title: "Choisissez un créneau",
    text: "Les disponibilités réelles du praticien, mises à jour en direct.",
  },
  {
    icon: <MailIcon className="size-6" />,
    title: "Recevez la confirmation",
    text: "Un e-mail de confirmation, puis un rappel avant le rendez-vous.",
  },
];

export function HowItWorks() {
  return (
    <section aria-labelledby="steps-title" className="bg-white">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="steps-title" className="text-3xl font-bold tracking-tight text-slate-900">
          Comment ça marche
        </h2>
        <ol className="mt-10 grid gap-8 md:grid-cols-3">
          {STEPS.map(({ icon, title, text }, index) => (
            <li key={title} className="flex gap-4">
              <span className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white">
                {icon}
              </span>
              <div>
                <h3 className="text-lg font-semibold text-slate-900">
                  <span className="sr-only">Étape {index + 1} : </span>
                  {title}
                </h3>
                <p className="mt-1 text-slate-700">{text}</p>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
