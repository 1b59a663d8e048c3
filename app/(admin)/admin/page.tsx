import { getLocale, getTranslations } from "next-intl/server";
import { figureText } from "@/components/campaigns/figure-text";
import { listPractitioners } from "@/lib/admin/practitioners/list-practitioners";
import { requireRole } from "@/lib/auth/session";
import { campaignThreshold } from "@/lib/campaigns/campaign-stats";
import { getCampaignHeadlines } from "@/lib/campaigns/headline-figures";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata() {
  return { title: (await getTranslations("adminHome"))("metaTitle") };
}

const CARD = "flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-6 shadow-sm";
const FIGURE = "text-3xl font-bold text-slate-900 tabular-nums";

export default async function AdminHomePage() {
  const user = await requireRole("ADMIN");
  const [headlines, unverified] = await Promise.all([
    getCampaignHeadlines(user),
    listPractitioners(user, { status: "unverified", page: 1 }),
  ]);
  const t = await getTranslations("adminHome");
  const locale = await getLocale();
  const threshold = campaignThreshold();
  const words = {
    below: t("below", { threshold }),
    masked: t("masked"),
    none: t("masked"),
  };
  return (
    <section
      aria-labelledby="admin-home-title"
      className="mx-auto max-w-6xl space-y-8 px-4 py-10 sm:px-6"
    >
      <div>
        <h1 id="admin-home-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h1>
        <p className="mt-2 max-w-2xl text-slate-700">{t("intro")}</p>
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <article aria-labelledby="home-practitioners" className={CARD}>
          <h2 id="home-practitioners" className="text-xl font-semibold text-slate-900">
            {t("practitioners.title")}
          </h2>
          <p>
            <span className={FIGURE}>{unverified.total}</span>{" "}
            <span className="text-slate-700">
              {t("practitioners.unverified", { count: unverified.total })}
            </span>
          </p>
          <p className="text-sm text-slate-700">{t("practitioners.description")}</p>
          <Link
            prefetch={false}
            href="/admin/praticiens"
            className="mt-auto font-semibold text-brand-700 underline hover:text-brand-800"
          >
            {t("practitioners.link")}
          </Link>
        </article>
        <article aria-labelledby="home-campaigns" className={CARD}>
          <h2 id="home-campaigns" className="text-xl font-semibold text-slate-900">
            {t("campaigns.title")}
          </h2>
          <dl className="grid gap-3 sm:grid-cols-3">
            <div>
              <dt className="text-sm text-slate-700">{t("campaigns.running")}</dt>
              <dd className={FIGURE}>{headlines.running}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-700">{t("campaigns.landings")}</dt>
              <dd className={FIGURE}>{figureText(headlines.landings, locale, words)}</dd>
            </div>
            <div>
              <dt className="text-sm text-slate-700">{t("campaigns.completed")}</dt>
              <dd className={FIGURE}>{figureText(headlines.completedBookings, locale, words)}</dd>
            </div>
          </dl>
          <p className="text-sm text-slate-700">{t("campaigns.description")}</p>
          <Link
            prefetch={false}
            href="/admin/campagnes"
            className="mt-auto font-semibold text-brand-700 underline hover:text-brand-800"
          >
            {t("campaigns.link")}
          </Link>
        </article>
      </div>
    </section>
  );
}
