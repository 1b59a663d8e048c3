import type { Metadata } from "next";
import Link from "next/link";
import { StatusMessage } from "@/components/layout/status-message";
import { buttonClassName } from "@/components/ui/button";

// Next's built-in 404 carries an un-nonced <style> that our CSP would block.
export const metadata: Metadata = { title: "Page introuvable" };

export default function NotFound() {
  return (
    <StatusMessage
      eyebrow="Erreur 404"
      title="Cette page est introuvable"
      actions={
        <>
          <Link href="/" className={buttonClassName("primary")}>
            Retour à l’accueil
          </Link>
          <Link href="/#recherche" className={buttonClassName("secondary")}>
            Trouver un praticien
          </Link>
        </>
      }
    >
      <p>L’adresse est peut-être mal saisie, ou la page a été déplacée.</p>
    </StatusMessage>
  );
}
