import "server-only";
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

const SIGNATURE = "L’équipe Praxis";

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

export function renderMail({ subject, paragraphs, action, notes = [] }: MailParts): MailContent {
  const text = [
    "Bonjour,",
    ...paragraphs,
    ...(action ? [`${action.label} : ${action.url}`] : []),
    ...notes,
    SIGNATURE,
  ].join("\n\n");
  const p = (line: string) => `<p style="margin:0 0 16px">${escapeHtml(line)}</p>`;
  const button = action
    ? `<p style="margin:24px 0"><a href="${escapeHtml(action.url)}" style="background:#1660b0;color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p><p style="margin:0 0 16px;font-size:14px;color:#334155">${escapeHtml(action.url)}</p>`
    : "";
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="margin:0;padding:24px;font-family:system-ui,sans-serif;font-size:16px;line-height:1.5;color:#0f172a">${[
    p("Bonjour,"),
    ...paragraphs.map(p),
    button,
    ...notes.map(p),
    p(SIGNATURE),
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
