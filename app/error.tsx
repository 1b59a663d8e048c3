"use client";

import { useTranslations } from "next-intl";
import { ErrorReference } from "@/components/layout/error-reference";
import { isServiceUnavailable, ServiceUnavailable } from "@/components/layout/service-unavailable";
import { StatusMessage } from "@/components/layout/status-message";
import { Button, buttonClassName } from "@/components/ui/button";
import { Link } from "@/lib/i18n/navigation";

// No message or stack reaches the page; the digest lets support find the server log line.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errorPage");
  if (isServiceUnavailable(error)) return <ServiceUnavailable retry={retry} />;
  return (
    <StatusMessage
      eyebrow={t("eyebrow")}
      title={t("heading")}
      actions={
        <>
          <Button onClick={retry}>{t("retry")}</Button>
          <Link href="/" className={buttonClassName("secondary")}>
            {t("home")}
          </Link>
        </>
      }
    >
      <p>{t("body")}</p>
      <ErrorReference
        error={error}
        render={(digest) =>
          t.rich("reference", {
            digest,
            code: (chunks) => <code className="font-mono">{chunks}</code>,
          })
        }
      />
    </StatusMessage>
  );
}
