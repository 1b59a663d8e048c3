import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { requireRole } from "@/lib/auth/session";
import { getCampaign } from "@/lib/campaigns/manage-campaigns";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import { Link } from "@/lib/i18n/navigation";
import { updateCampaignAction } from "../../actions";
import { campaignFormTexts } from "../../form-texts";

type Props = { params: Promise<{ slug: string }> };

const findCampaign = cache(async (slug: string) => {
  const user = await requireRole("ADMIN");
  return getCampaign(user, slug).catch(notFoundOnAppError);
});

export async function generateMetadata({ params }: Props) {
  const campaign = await findCampaign((await params).slug);
  const t = await getTranslations("campaigns.edit");
  return { title: t("metaTitle", { name: campaign.name }) };
}

export default async function EditCampaignPage({ params }: Props) {
  const campaign = await findCampaign((await params).slug);
  const t = await getTranslations("campaigns");
  const budget = campaign.budgetCents === null ? "" : (campaign.budgetCents / 100).toFixed(2);
  return (
    <section
      aria-labelledby="edit-campaign-title"
      className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6"
    >
      <p>
        <Link
          prefetch={false}
          href={`/admin/campagnes/${campaign.slug}`}
          className="text-sm text-brand-700 underline"
        >
          {t("edit.back", { name: campaign.name })}
        </Link>
      </p>
      <h1 id="edit-campaign-title" className="text-3xl font-bold tracking-tight text-slate-900">
        {t("edit.title", { name: campaign.name })}
      </h1>
      <p className="max-w-2xl text-slate-700">{t("edit.slugFixed", { slug: campaign.slug })}</p>
      <CampaignForm
        action={updateCampaignAction.bind(null, campaign.slug)}
        saved={{
          slug: campaign.slug,
          name: campaign.name,
          channel: campaign.channel,
          startsOn: campaign.startsOn ?? "",
          endsOn: campaign.endsOn ?? "",
          budgetEuros: budget,
          landingPath: campaign.landingPath,
        }}
        texts={await campaignFormTexts(t("edit.submit"))}
      />
    </section>
  );
}
