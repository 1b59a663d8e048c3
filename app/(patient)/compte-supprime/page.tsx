import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/layout/status-message";
import { buttonClassName } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata() {
  const t = await getTranslations("patient.deleted");
  return { title: t("title") };
}

// Public: the account and its session no longer exist when the visitor lands here.
export default async function AccountDeletedPage() {
  const t = await getTranslations("patient.deleted");
  return (
    <StatusMessage
      eyebrow={t("title")}
      title={t("heading")}
      actions={
        <Link href="/" className={buttonClassName("primary")}>
          {t("home")}
        </Link>
      }
    >
      <p>{t("body")}</p>
      <p>{t("noMoreMail")}</p>
    </StatusMessage>
  );
}
