import { useTranslations } from "next-intl";
import type { CampaignState as State } from "@/lib/campaigns/campaign-view";

const TONES: Record<State, string> = {
  running: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
  upcoming: "bg-brand-50 text-brand-800 ring-brand-600/30",
  ended: "bg-slate-100 text-slate-800 ring-slate-500/30",
  archived: "bg-amber-50 text-amber-900 ring-amber-600/30",
};

export function CampaignState({ state }: { state: State }) {
  const t = useTranslations("campaigns.states");
  return (
    <span
      className={`mt-1 inline-block rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[state]}`}
    >
      {t(state)}
    </span>
  );
}
