import { useLocale, useTranslations } from "next-intl";
import { ChartIcon, KeyIcon, ServerIcon, ShieldIcon } from "@/components/ui/icons";
import { localizePath } from "@/lib/i18n/locales";
import { HomeSection } from "./home-section";
import { IconPointList } from "./icon-point-list";

const PROMISES = [
  { title: "noTrackers.title", text: "noTrackers.text", icon: <ShieldIcon className="size-6" /> },
  {
    title: "noThirdParty.title",
    text: "noThirdParty.text",
    icon: <ServerIcon className="size-6" />,
  },
  { title: "aggregate.title", text: "aggregate.text", icon: <ChartIcon className="size-6" /> },
  { title: "yourData.title", text: "yourData.text", icon: <KeyIcon className="size-6" /> },
] as const;

export function PrivacyPromise() {
  const t = useTranslations("home.privacy");
  const measurement = useTranslations("measurement");
  const locale = useLocale();
  return (
    <HomeSection
      id="confidentialite"
      titleId="privacy-title"
      title={t("title")}
      className="scroll-mt-4 border-t border-slate-200 bg-white"
    >
      <p className="mt-3 max-w-2xl text-lg text-slate-700">{t("lead")}</p>
      <IconPointList
        points={PROMISES.map(({ title, text, icon }) => ({ icon, title: t(title), text: t(text) }))}
        look="cards"
      />
      <p className="mt-8">
        <a
          href={localizePath(locale, "/confidentialite/mesure")}
          className="font-medium text-brand-700 underline hover:text-brand-800"
        >
          {measurement("privacyLink")}
        </a>
      </p>
    </HomeSection>
  );
}
