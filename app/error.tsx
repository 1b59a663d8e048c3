"use client";

import Link from "next/link";
import { ErrorReference } from "@/components/layout/error-reference";
import { isServiceUnavailable, ServiceUnavailable } from "@/components/layout/service-unavailable";
import { StatusMessage } from "@/components/layout/status-message";
import { Button, buttonClassName } from "@/components/ui/button";

// No message or stack reaches the page; the digest lets support find the server log line.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  if (isServiceUnavailable(error)) {
    return <ServiceUnavailable actions={<Button onClick={retry}>Réessayer</Button>} />;
  }
  return (
    <StatusMessage
      eyebrow="Erreur"
      title="Une erreur inattendue est survenue"
      actions={
        <>
          <Button onClick={retry}>Réessayer</Button>
          <Link href="/" className={buttonClassName("secondary")}>
            Retour à l’accueil
          </Link>
        </>
      }
    >
      <p>Nous n’avons pas pu afficher cette page. Veuillez réessayer dans un instant.</p>
      <ErrorReference error={error} />
    </StatusMessage>
  );
}
