import { useTranslations } from "next-intl";
import { useJourneyHref } from "@/lib/campaigns/request-campaign";

type Motive = {
  id: string;
  name: string;
  durationMinutes: number;
  allowNewPatients: boolean;
  allowReturning: boolean;
  teleconsultation: boolean;
};

// Step 1: the reason for the visit, as plain links (keyboard and screen readers need nothing
// more). The chosen one is marked as the current page's choice.
export function MotiveList({
  motives,
  chosenId,
  hrefOf,
}: {
  motives: readonly Motive[];
  chosenId?: string;
  hrefOf: (motiveId: string) => string;
}) {
  const t = useTranslations("booking.motive");
  const journeyHref = useJourneyHref();
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {motives.map((motive) => {
        const chosen = motive.id === chosenId;
        const details = [
          t("duration", { minutes: motive.durationMinutes }),
          motive.teleconsultation && t("video"),
          !motive.allowReturning ? t("newOnly") : !motive.allowNewPatients && t("returningOnly"),
        ].filter(Boolean);
        return (
          <li key={motive.id}>
            <a
              href={journeyHref(hrefOf(motive.id))}
              aria-current={chosen ? "true" : undefined}
              className={`block h-full rounded-lg border px-4 py-3 ${
                chosen
                  ? "border-brand-600 bg-brand-50 ring-2 ring-brand-600"
                  : "border-slate-300 hover:border-brand-400 hover:bg-brand-50"
              }`}
            >
              <span className="font-semibold text-slate-900">{motive.name}</span>
              <span className="mt-0.5 block text-sm text-slate-700">{details.join(" · ")}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
