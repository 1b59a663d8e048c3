import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AccountNav } from "@/components/auth/account-nav";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import type { NavOrientation } from "@/components/layout/nav-orientation";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/ui/skip-link";
import { getSessionUser } from "@/lib/auth/session";
import { countCampaignStep } from "@/lib/campaigns/count-step";
import { alternateLanguages } from "@/lib/i18n/alternates";
import { clientMessages } from "@/lib/i18n/client-messages";
import { isLocale, LOCALE_NAMES } from "@/lib/i18n/locales";
import { appUrl } from "@/lib/mail/render-mail";
import { signOutAction } from "./(auth)/actions";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("metadata");
  const path = (await headers()).get("x-praxis-path") ?? "/";
  return {
    // hreflang alternates are absolute URLs on the public address, never the request's Host.
    metadataBase: new URL(appUrl("/")),
    title: { template: t("titleTemplate"), default: t("defaultTitle") },
    description: t("description"),
    alternates: { languages: alternateLanguages(path) },
  };
}

export const viewport: Viewport = {
  themeColor: "#1660b0",
};

const MAIN_CONTENT_ID = "contenu";

// Client components get only the namespaces they use (the error page's texts, and the few
// words of the form primitives: "please wait", name and date labels, pagination); everything
// else is translated on the server and never reaches the browser.
const CLIENT_NAMESPACES = ["errorPage", "ui"] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: the CSP nonce exists only at request time, and a
  // prerendered page would carry scripts the browser blocks.
  await connection();
  // A tagged link opened from elsewhere, whichever page it leads to (count-step.ts decides).
  await countCampaignStep("LANDING");
  // The header must not take the page down: without a reachable database it shows the
  // signed-out links, and the page itself reports the problem if it needs the data.
  const user = await getSessionUser().catch((error: unknown) => {
    console.error(`[praxis] header: session lookup failed (${(error as Error)?.name})`);
    return null;
  });
  const locale = await getLocale();
  const t = await getTranslations("layout");
  const current = isLocale(locale) ? locale : "fr";
  const switcher = (label: string, orientation: NavOrientation) => (
    <LanguageSwitcher
      current={current}
      orientation={orientation}
      label={label}
      currentLabel={t("languageSwitcher.current", { language: LOCALE_NAMES[current] })}
    />
  );
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <NextIntlClientProvider messages={await clientMessages(CLIENT_NAMESPACES)}>
          <SkipLink targetId={MAIN_CONTENT_ID} label={t("skipLink")} />
          <SiteHeader
            account={(orientation) => (
              <AccountNav user={user} signOutAction={signOutAction} orientation={orientation} />
            )}
            languages={(orientation) => switcher(t("languageSwitcher.label"), orientation)}
          />
          <main id={MAIN_CONTENT_ID} tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          <SiteFooter languages={switcher(t("languageSwitcher.footerLabel"), "row")} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
