import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type IconPoint = { icon: ReactNode; title: string; text: string };

// Steps are read in order, so they are an <ol> and say their number to screen readers;
// cards are a plain list of equals.
const LOOKS = {
  steps: {
    list: "mt-10 grid gap-8 md:grid-cols-3",
    item: "flex gap-4",
    icon: "flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-600 text-white",
    title: "text-lg font-semibold text-slate-900",
    text: "mt-1 text-slate-700",
  },
  cards: {
    list: "mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-4",
    item: "rounded-xl border border-slate-200 bg-brand-50 p-6",
    icon: "inline-flex size-11 items-center justify-center rounded-lg bg-white text-brand-700 shadow-sm",
    title: "mt-4 text-lg font-semibold text-slate-900",
    text: "mt-2 text-slate-700",
  },
};

export function IconPointList({ points, look }: { points: IconPoint[]; look: keyof typeof LOOKS }) {
  const t = useTranslations("home");
  const styles = LOOKS[look];
  const List = look === "steps" ? "ol" : "ul";
  return (
    <List className={styles.list}>
      {points.map(({ icon, title, text }, index) => (
        <li key={title} className={styles.item}>
          <span className={styles.icon}>{icon}</span>
          <div>
            <h3 className={styles.title}>
              {look === "steps" && (
                <span className="sr-only">{t("stepNumber", { number: index + 1 })}</span>
              )}
              {title}
            </h3>
            <p className={styles.text}>{text}</p>
          </div>
        </li>
      ))}
    </List>
  );
}
