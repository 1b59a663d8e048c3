import type { ReactNode } from "react";
import { ChartIcon, KeyIcon, ServerIcon, ShieldIcon } from "@/components/ui/icons";

type Commitment = { icon: ReactNode; title: string; text: string };

const PROMISES: Commitment[] = [
  {
    icon: <ShieldIcon className="size-6" />,
    title: "Aucun traceur publicitaire",
    text: "Ni cookie publicitaire, ni pixel, ni identifiant de visiteur. Vos recherches ne servent jamais à vous cibler.",
  },
  {
    icon: <ServerIcon className="size-6" />,
    title: "Aucune requête vers un tiers",
    text: "Polices, images et scripts sont servis par Praxis. Votre navigateur ne contacte aucun autre site.",
  },
  {
    icon: <ChartIcon className="size-6" />,
    title: "Des statistiques agrégées",
    text: "Nous comptons des visites par jour, jamais qui vous êtes ni quelle spécialité vous consultez.",
  },
  {
    icon: <KeyIcon className="size-6" />,
    title: "Vos données vous appartiennent",
    text: "Voyez qui a consulté votre dossier, exportez vos données ou supprimez votre compte à tout moment.",
  },
];

export function PrivacyPromise() {
  return (
    <section
      id="confidentialite"
      aria-labelledby="privacy-title"
      className="scroll-mt-4 border-t border-slate-200 bg-white"
    >
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="privacy-title" className="text-3xl font-bold tracking-tight text-slate-900">
          Notre engagement de confidentialité
        </h2>
        <p className="mt-3 max-w-2xl text-lg text-slate-700">
          Votre santé ne regarde que vous. Praxis mesure son audience sans jamais rien envoyer à des
          régies publicitaires.
        </p>
        <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
          {PROMISES.map(({ icon, title, text }) => (
            <li key={title} className="rounded-xl border border-slate-200 bg-brand-50 p-6">
              <span className="inline-flex size-11 items-center justify-center rounded-lg bg-white text-brand-700 shadow-sm">
                {icon}
              </span>
              <h3 className="mt-4 text-lg font-semibold text-slate-900">{title}</h3>
              <p className="mt-2 text-slate-700">{text}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
