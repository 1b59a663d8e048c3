import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { PractitionerForm } from "@/components/admin/practitioner-form";
import { VerificationBadge } from "@/components/admin/verification-badge";
import { ActionButtonForm } from "@/components/ui/action-button-form";
import { practitionerFormTexts } from "@/lib/admin/practitioners/form-texts";
import { getPractitioner } from "@/lib/admin/practitioners/get-practitioner";
import { listSpecialtyOptions } from "@/lib/admin/practitioners/list-practitioners";
import { requireRole } from "@/lib/auth/session";
import { notFoundOnAppError } from "@/lib/http/not-found-on-app-error";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { formatInstant } from "@/lib/utils/format-date";
import {
  resendInvitationAction,
  setVerificationAction,
  updatePractitionerAction,
} from "../actions";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// One lookup per request for the metadata and the page; a missing practitioner is a 404
// from generateMetadata already, so the 404 keeps its own title.
const findPractitioner = cache(async (id: string) => {
  const user = await requireRole("ADMIN");
  return { user, practitioner: await getPractitioner(user, id).catch(notFoundOnAppError) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await findPractitioner((await params).id);
  return { title: (await getTranslations("admin.practitioner"))("metaTitle") };
}

export default async function AdminPractitionerPage({ params, searchParams }: Props) {
  const { user, practitioner } = await findPractitioner((await params).id);
  const [specialties, { cree }] = await Promise.all([listSpecialtyOptions(user), searchParams]);
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  const publicPath = `/praticiens/${practitioner.slug}`;
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10 sm:px-6">
      <section aria-labelledby="practitioner-title" className="space-y-4">
        <p>
          <Link href="/admin/praticiens" className="text-sm text-brand-700 underline">
            {t("practitioners.back")}
          </Link>
        </p>
        {cree === "1" && (
          <p
            role="status"
            className="rounded-lg border border-green-700 bg-green-50 px-4 py-3 text-green-900"
          >
            {t("practitioner.created", { email: practitioner.email ?? "" })}
          </p>
        )}
        <h1 id="practitioner-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {practitioner.name}
        </h1>
        <VerificationBadge practitioner={practitioner} />
        <dl className="grid max-w-xl grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium text-slate-700">{t("practitioner.account")}</dt>
          <dd className="break-all">{practitioner.email ?? t("practitioners.noAccount")}</dd>
          <dt className="font-medium text-slate-700">{t("practitioner.publicAddress")}</dt>
          <dd>
            {practitioner.verified ? (
              <Link href={publicPath} className="text-brand-700 underline">
                {publicPath}
              </Link>
            ) : (
              t("practitioner.onlineOnceVerified", { path: publicPath })
            )}
          </dd>
          <dt className="font-medium text-slate-700">{t("practitioner.verifiedOn")}</dt>
          <dd>
            {practitioner.verifiedAt
              ? formatInstant(locale, practitioner.verifiedAt)
              : t("practitioner.notYet")}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="verification-title" className="max-w-xl space-y-3">
        <h2 id="verification-title" className="text-xl font-semibold text-slate-900">
          {t("practitioner.verificationTitle")}
        </h2>
        <ActionButtonForm
          action={setVerificationAction.bind(null, practitioner.id)}
          label={practitioner.verified ? t("practitioner.unverify") : t("practitioner.verify")}
          variant={practitioner.verified ? "secondary" : "primary"}
        >
          <input type="hidden" name="verified" value={String(!practitioner.verified)} />
          <p className="text-slate-700">{t("practitioner.verifyAdvice")}</p>
        </ActionButtonForm>
      </section>

      {practitioner.invitationPending && (
        <section aria-labelledby="invitation-title" className="max-w-xl space-y-3">
          <h2 id="invitation-title" className="text-xl font-semibold text-slate-900">
            {t("practitioner.invitationTitle")}
          </h2>
          <ActionButtonForm
            action={resendInvitationAction.bind(null, practitioner.id)}
            label={t("practitioner.resend")}
            variant="secondary"
          >
            <p className="text-slate-700">{t("practitioner.resendAdvice")}</p>
          </ActionButtonForm>
        </section>
      )}

      <section aria-labelledby="details-title" className="space-y-4">
        <h2 id="details-title" className="text-xl font-semibold text-slate-900">
          {t("practitioner.detailsTitle")}
        </h2>
        <PractitionerForm
          action={updatePractitionerAction.bind(null, practitioner.id)}
          specialties={specialties}
          practitioner={practitioner}
          submitLabel={t("practitioner.save")}
          texts={await practitionerFormTexts()}
        />
      </section>
    </div>
  );
}
