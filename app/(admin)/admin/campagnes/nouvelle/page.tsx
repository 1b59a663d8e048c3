import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { requireRole } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { createCampaignAction } from "../actions";
import { campaignFormTexts } from "../form-texts";

export async function generateMetadata() {
  return { title: (await getTranslations("campaigns.create"))("metaTitle") };
}

export default async function NewCampaignPage() {
  await requireRole("ADMIN");
  const t = await getTranslations("campaigns");
  return (
    <section
      aria-labelledby="new-campaign-title"
      className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6"
    >
      <p>
        <Link prefetch={false} href="/admin/campagnes" className="text-sm text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
      <h1 id="new-campaign-title" className="text-3xl font-bold tracking-tight text-slate-900">
        {t("create.title")}
      </h1>
      <p className="max-w-2xl text-slate-700">{t("create.intro")}</p>
      <CampaignForm
        action={createCampaignAction}
        texts={await campaignFormTexts(t("create.submit"))}
      />
    </section>
  );
}
