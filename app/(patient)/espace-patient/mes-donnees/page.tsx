import { getLocale, getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/patient/delete-account-form";
import { buttonClassName } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { localizePath, type Locale } from "@/lib/i18n/locales";
import { deleteAccountAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("patient.data");
  return { title: t("title") };
}

export default async function MyDataPage() {
  await requireRole("PATIENT");
  const t = await getTranslations("patient.data");
  const locale = (await getLocale()) as Locale;
  return (
    <div className="space-y-12">
      <section aria-labelledby="export-title" className="max-w-prose space-y-4">
        <h1 id="export-title" className="text-3xl font-bold tracking-tight text-slate-900">
          {t("title")}
        </h1>
        <p className="text-slate-700">{t("exportIntro")}</p>
        {/* A plain link: the browser downloads the file (Content-Disposition: attachment). */}
        <a
          href={localizePath(locale, "/espace-patient/mes-donnees/telecharger")}
          className={buttonClassName("primary")}
        >
          {t("download")}
        </a>
      </section>
      <section
        aria-labelledby="delete-title"
        className="max-w-prose space-y-4 rounded-xl border border-red-200 p-6"
      >
        <h2 id="delete-title" className="text-xl font-semibold text-slate-900">
          {t("deleteTitle")}
        </h2>
        <ul className="list-disc space-y-2 pl-5 text-slate-700">
          <li>{t("deleteCancels")}</li>
          <li>{t("deleteRecords")}</li>
          <li>{t("deleteRest")}</li>
          <li>{t("deleteAgain")}</li>
        </ul>
        <p className="font-medium text-slate-900">{t("deleteFinal")}</p>
        <DeleteAccountForm
          action={deleteAccountAction}
          texts={{
            password: t("deletePassword"),
            pending: t("deleting"),
            submit: t("deleteSubmit"),
          }}
        />
      </section>
    </div>
  );
}
