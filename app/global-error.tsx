"use client";

import { ErrorReference } from "@/components/layout/error-reference";
import { StatusMessage } from "@/components/layout/status-message";
import { Button } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import "./globals.css";

// Replaces the root layout when it fails, so it brings its own document, styles and font.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="fr">
      <body className="min-h-dvh font-sans">
        <title>Erreur · Praxis</title>
        <header className="border-b border-slate-200 px-4 py-4 sm:px-6">
          <Logo />
        </header>
        <main>
          <StatusMessage
            eyebrow="Erreur"
            title="Praxis est momentanément indisponible"
            actions={<Button onClick={retry}>Réessayer</Button>}
          >
            <p>Une erreur inattendue nous empêche d’afficher la page. Veuillez réessayer.</p>
            <ErrorReference error={error} />
          </StatusMessage>
        </main>
      </body>
    </html>
  );
}
