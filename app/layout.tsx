import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AccountNav } from "@/components/auth/account-nav";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/ui/skip-link";
import { getSessionUser } from "@/lib/auth/session";
import { signOutAction } from "./(auth)/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: {
    template: "%s · Praxis",
    default: "Praxis · Rendez-vous médicaux respectueux de votre vie privée",
  },
  description:
    "Prenez rendez-vous avec un professionnel de santé, sans traceur publicitaire ni requête vers des tiers.",
};

export const viewport: Viewport = {
  themeColor: "#1660b0",
};

const MAIN_CONTENT_ID = "contenu";

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the CSP nonce exists only at request time, and a
  // prerendered page would carry scripts the browser blocks.
  await connection();
  // The header must not take the page down: without a reachable database it shows the
  // signed-out links, and the page itself reports the problem if it needs the data.
  const user = await getSessionUser().catch((error: unknown) => {
    console.error(`[praxis] header: session lookup failed (${(error as Error)?.name})`);
    return null;
  });
  return (
    <html lang="fr">
      <body className="flex min-h-dvh flex-col font-sans">
        <SkipLink targetId={MAIN_CONTENT_ID} />
        <SiteHeader account={<AccountNav user={user} signOutAction={signOutAction} />} />
        <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
