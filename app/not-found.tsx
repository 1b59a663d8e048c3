import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusMessage } from "@/components/layout/status-message";
import { buttonClassName } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

// Next's built-in 404 carries an un-nonced <style> that our CSP would block.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notFound");
  return { title: t("title") };
}

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <StatusMessage
      eyebrow={t("eyebrow")}
      title={t("heading")}
      actions={
        <>
          <Link href="/" className={buttonClassName("primary")}>
            {t("home")}
          </Link>
          <Link href="/#recherche" className={buttonClassName("secondary")}>
            {t("findPractitioner")}
          </Link>
        </>
      }
    >
      <p>{t("body")}</p>
    </StatusMessage>
  );
}
