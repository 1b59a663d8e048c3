"use client";

import { usePathname } from "next/navigation";
import { ErrorReference } from "@/components/layout/error-reference";
import { isServiceUnavailable, ServiceUnavailable } from "@/components/layout/service-unavailable";
import { StatusMessage } from "@/components/layout/status-message";
import { Button } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { useGlobalErrorMessages } from "@/lib/i18n/global-error-messages";
import { splitLocalePath } from "@/lib/i18n/locales";
import "./globals.css";

// Replaces the root layout when it fails, so it brings its own document, styles and font.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const pathname = usePathname();
  const text = useGlobalErrorMessages(pathname);
  return (
    <html lang={splitLocalePath(pathname).locale}>
      <body className="min-h-dvh font-sans">
        <title>{text.title}</title>
        <header className="border-b border-slate-200 px-4 py-4 sm:px-6">
          <Logo />
        </header>
        <main>
          {isServiceUnavailable(error) ? (
            <ServiceUnavailable retry={retry} />
          ) : (
            <StatusMessage
              eyebrow={text.eyebrow}
              title={text.heading}
              actions={<Button onClick={retry}>{text.retry}</Button>}
            >
              <p>{text.body}</p>
              <ErrorReference
                error={error}
                render={(digest) => <code className="font-mono">{digest}</code>}
              />
            </StatusMessage>
          )}
        </main>
      </body>
    </html>
  );
}
