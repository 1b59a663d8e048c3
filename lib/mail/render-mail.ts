import "server-only";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { publicUrl } from "@/lib/site/public-url";

// Plain, self-contained mails: text and simple HTML, no image, font or stylesheet from any
// host (a remote image is a read receipt for whoever serves it).

export type MailContent = { subject: string; text: string; html: string };

export type MailParts = {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Said after the action: expiry, "not you?" advice. */
  notes?: string[];
};

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** A mail in the reader's language: the greeting, signature and layout come from it. */
export function renderMail(
  locale: Locale,
  { subject, paragraphs, action, notes = [] }: MailParts,
): MailContent {
  const t = translatorFor(locale);
  const greeting = t("mail.layout.greeting");
  const signature = t("mail.layout.signature");
  const text = [
    greeting,
    ...paragraphs,
    ...(action ? [t("mail.layout.actionLine", action)] : []),
    ...notes,
    signature,
  ].join("\n\n");
  const p = (line: string) => `<p style="margin:0 0 16px">${escapeHtml(line)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1660b0;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p><p style="margin:0 0 16px;font-size:14px;color:#334155">${escapeHtml(action.url)}</p>`
    : "";
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="margin:0;padding:24px;font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#0f172a">${[
    p(greeting),
    ...paragraphs.map(p),
    button,
    ...notes.map(p),
    p(signature),
  ].join("")}</body></html>`;
  return { subject, text, html };
}

/**
 * An absolute link for a mail. Built from APP_URL, never from the request's Host header:
 * a forged Host would otherwise put an attacker's site in a password-reset link.
 */
export function appUrl(path: string): string {
  return publicUrl(path);
}
