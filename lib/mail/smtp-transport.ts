import "server-only";
import nodemailer from "nodemailer";

export type MailMessage = {
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  messageId: string;
  attachments: { filename: string; contentType: string; content: string }[];
};

/** What the worker needs from a mail transport (nodemailer's SMTP one, or a test double). */
export type MailTransport = {
  send(message: MailMessage): Promise<void>;
  close(): void;
};

/**
 * An SMTP transport from SMTP_URL (smtp://user:password@host:587, smtps:// for TLS from
 * the start). Timeouts stay well under the worker's lease, so a live worker always finishes
 * with a mail before another one may take it back.
 */
export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send({ attachments, ...message }) {
      await transporter.sendMail({
        ...message,
        attachments: attachments.map((attachment) => ({ ...attachment, encoding: "base64" })),
      });
    },
    close: () => transporter.close(),
  };
}
