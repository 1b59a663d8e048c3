import { useTranslations } from "next-intl";
import { CalendarIcon, MailIcon, SearchIcon } from "@/components/ui/icons";
import { HomeSection } from "./home-section";
import { IconPointList } from "./icon-point-list";

const STEPS = [
  { title: "search.title", text: "search.text", icon: <SearchIcon className="size-6" /> },
  { title: "slot.title", text: "slot.text", icon: <CalendarIcon className="size-6" /> },
  {
    title: "confirmation.title",
    text: "confirmation.text",
    icon: <MailIcon className="size-6" />,
  },
] as const;

export function HowItWorks() {
  const t = useTranslations("home.steps");
  return (
    <HomeSection titleId="steps-title" title={t("title")} className="bg-white">
      <IconPointList
        points={STEPS.map(({ title, text, icon }) => ({ icon, title: t(title), text: t(text) }))}
        look="steps"
      />
    </HomeSection>
  );
}
