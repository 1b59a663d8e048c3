import { getLocale, getTranslations } from "next-intl/server";
import { InviteSecretaryForm } from "@/components/secretariat/invite-secretary-form";
import { SecretaryGrantCard } from "@/components/secretariat/secretary-grant-card";
import { requireRole } from "@/lib/auth/session";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listSecretaries } from "@/lib/secretariat/manage-grants";
import { GRANT_LEVELS } from "@/lib/secretariat/schemas";
import { formatInstant } from "@/lib/utils/format-date";
import {
  changeSecretaryLevelAction,
  inviteSecretaryAction,
  revokeSecretaryAction,
} from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("secretariat.page");
  return { title: t("metaTitle") };
}

// The practitioner decides who works in their agenda; secretaries never see this page.
export default async function SecretariatPage() {
  const user = await requireRole("PRACTITIONER");
  const grants = await listSecretaries(user).catch(notFoundOnAppError);
  const t = await getTranslations("secretariat");
  const locale = (await getLocale()) as Locale;
  const labels = { manage: t("levels.manage"), view: t("levels.view") };
  const levels = GRANT_LEVELS.map((level) => ({ value: level, label: labels[level] }));
  return (
    <section aria-labelledby="secretariat-title" className="max-w-3xl space-y-8">
      <div className="max-w-prose space-y-2">
        <h1 id="secretariat-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {t("page.title")}
        </h1>
        <p className="text-slate-700">{t("page.intro")}</p>
        <p>
          <Link href="/espace-praticien/calendrier" className="text-brand-700 underline">
            {t("page.feedLink")}
          </Link>
        </p>
      </div>
      <section aria-labelledby="invite-title" className="space-y-4">
        <h2 id="invite-title" className="text-xl font-semibold text-slate-900">
          {t("invite.title")}
        </h2>
        <InviteSecretaryForm
          action={inviteSecretaryAction}
          levels={levels}
          texts={{
            email: t("invite.email"),
            emailHint: t("invite.emailHint"),
            level: t("invite.level"),
            submit: t("invite.submit"),
            pending: t("invite.pending"),
          }}
        />
      </section>
      <section aria-labelledby="grants-title" className="space-y-4">
        <h2 id="grants-title" className="text-xl font-semibold text-slate-900">
          {t("list.title")}
        </h2>
        {grants.length === 0 ? (
          <p className="rounded-xl border border-slate-200 bg-brand-50 p-4 text-slate-800">
            {t("list.empty")}
          </p>
        ) : (
          <ul className="space-y-4">
            {grants.map((grant) => (
              <li key={grant.userId}>
                <SecretaryGrantCard
                  grant={grant}
                  levels={levels}
                  changeAction={changeSecretaryLevelAction.bind(null, grant.userId)}
                  revokeAction={revokeSecretaryAction.bind(null, grant.userId)}
                  texts={{
                    status: t(grant.pending ? "list.pending" : "list.active"),
                    since: t("list.since", { date: formatInstant(locale, grant.grantedAt) }),
                    level: t("list.level", { email: grant.email }),
                    save: t("list.save"),
                    revoke: t("list.revoke"),
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
