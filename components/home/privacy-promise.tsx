import { ChartIcon, KeyIcon, ServerIcon, ShieldIcon } from "@/components/ui/icons";
import { HomeSection } from "./home-section";
import { type IconPoint, IconPointList } from "./icon-point-list";

const PROMISES: IconPoint[] = [
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
    <HomeSection
      id="confidentialite"
      titleId="privacy-title"
      title="Notre engagement de confidentialité"
      className="scroll-mt-4 border-t border-slate-200 bg-white"
    >
      <p className="mt-3 max-w-2xl text-lg text-slate-700">
        Votre santé ne regarde que vous. Praxis mesure son audience sans jamais rien envoyer à des
        régies publicitaires.
      </p>
      <IconPointList points={PROMISES} look="cards" />
    </HomeSection>
  );
}
