import { CalendarIcon, MailIcon, SearchIcon } from "@/components/ui/icons";
import { HomeSection } from "./home-section";
import { type IconPoint, IconPointList } from "./icon-point-list";

const STEPS: IconPoint[] = [
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
    <HomeSection titleId="steps-title" title="Comment ça marche" className="bg-white">
      <IconPointList points={STEPS} look="steps" />
    </HomeSection>
  );
}
