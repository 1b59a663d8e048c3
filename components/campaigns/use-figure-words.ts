import { useTranslations } from "next-intl";
import type { FigureWords } from "./figure-text";

/** The words of withheld figures, for a threshold k. */
export function useFigureWords(threshold: number): FigureWords {
  const t = useTranslations("campaigns.figures");
  return { below: t("below", { threshold }), masked: t("masked"), none: t("none") };
}
