import { useTranslations } from "next-intl";
import { PractitionerSearchForm } from "./practitioner-search-form";

export function Hero() {
  const t = useTranslations("home.hero");
  return (
    <section
      id="recherche"
      aria-labelledby="hero-title"
      className="scroll-mt-4 bg-gradient-to-b from-brand-50 to-white"
    >
      <div className="mx-auto max-w-6xl px-4 pt-16 pb-20 sm:px-6 sm:pt-20">
        <div className="max-w-3xl">
          <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
            {t("eyebrow")}
          </p>
          <h1
            id="hero-title"
            className="mt-3 text-4xl font-bold tracking-tight text-balance text-slate-900 sm:text-5xl"
          >
            {t("title")}
          </h1>
          <p className="mt-5 text-lg text-pretty text-slate-700">{t("lead")}</p>
        </div>
        <div className="mt-10">
          <PractitionerSearchForm />
        </div>
      </div>
    </section>
  );
}
