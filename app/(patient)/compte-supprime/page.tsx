import type { Metadata } from "next";
import Link from "next/link";
import { StatusMessage } from "@/components/layout/status-message";
import { buttonClassName } from "@/components/ui/button";

export const metadata: Metadata = { title: "Compte supprimé" };

// Public: the account and its session no longer exist when the visitor lands here.
export default function AccountDeletedPage() {
  return (
    <StatusMessage
      eyebrow="Compte supprimé"
      title="Votre compte a été supprimé"
      actions={
        <Link href="/" className={buttonClassName("primary")}>
          Retour à l’accueil
        </Link>
      }
    >
      <p>
        Vos rendez-vous à venir ont été annulés et vos données personnelles effacées. Les cabinets
        qui vous ont reçu conservent leurs dossiers sans votre nom ni vos coordonnées.
      </p>
      <p>Praxis ne vous enverra plus aucun message : votre adresse e-mail a été effacée.</p>
    </StatusMessage>
  );
}
