import { getLocale, getTranslations } from "next-intl/server";
import { PractitionerForm } from "@/components/admin/practitioner-form";
import { practitionerFormTexts } from "@/lib/admin/practitioners/form-texts";
import { listSpecialtyOptions } from "@/lib/admin/practitioners/list-practitioners";
import { requireRole } from "@/lib/auth/session";
import { linkLifetime } from "@/lib/auth/tokens";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { createPractitionerAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("admin.newPractitioner");
  return { title: t("metaTitle") };
}

export default async function NewPractitionerPage() {
  const user = await requireRole("ADMIN");
  const specialties = await listSpecialtyOptions(user);
  const t = await getTranslations("admin");
  const locale = (await getLocale()) as Locale;
  return (
    <section
      aria-labelledby="new-practitioner-title"
      className="mx-auto max-w-6xl space-y-6 px-4 py-10 sm:px-6"
    >
      <p>
        <Link href="/admin/praticiens" className="text-sm text-brand-700 underline">
          {t("practitioners.back")}
        </Link>
      </p>
      <h1 id="new-practitioner-title" className="text-3xl font-bold tracking-tight text-slate-900">
        {t("practitioners.create")}
      </h1>
      <p className="max-w-prose text-slate-700">
        {t("newPractitioner.intro", { lifetime: linkLifetime("invite", locale) })}
      </p>
      <PractitionerForm
        action={createPractitionerAction}
        specialties={specialties}
        submitLabel={t("newPractitioner.submit")}
        texts={await practitionerFormTexts()}
      />
    </section>
  );
}
