import { useTranslations } from "next-intl";
import type { PractitionerSummary } from "@/lib/admin/practitioners/practitioner-view";

// Text, not colour alone, carries the state.
export function VerificationBadge({
  practitioner,
}: {
  practitioner: Pick<PractitionerSummary, "verified" | "invitationPending">;
}) {
  const t = useTranslations("admin.practitioners.badge");
  return (
    <span className="flex flex-wrap gap-1.5">
      <span
        className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${
          practitioner.verified ? "bg-green-100 text-green-900" : "bg-amber-100 text-amber-900"
        }`}
      >
        {practitioner.verified ? t("verified") : t("unverified")}
      </span>
      {practitioner.invitationPending && (
        <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800">
          {t("invitationPending")}
        </span>
      )}
    </span>
  );
}
