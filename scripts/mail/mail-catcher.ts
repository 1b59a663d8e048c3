import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { parseMessage } from "./parse-message";

// A local SMTP server for development, demos and tests: it accepts every mail and keeps it
// in a folder, each as the raw .eml and a .json that tests read (see read-caught-mail.ts).
// It listens on 127.0.0.1 only and never relays anything anywhere.

export type CaughtMail = {
  id: string;
  receivedAt: string;
  from: string | null;
  to: string[];
  subject: string;
  messageId: string | null;
  text: string | null;
  html: string | null;
};

export type MailCatcher = { url: string; port: number; dir: string; stop: () => Promise<void> };

export type MailCatcherOptions = {
  dir: string;
  port?: number;
  /** Fault injection for tests: an SMTP reply code (e.g. 451, 550) refuses the recipient. */
  refuseRecipient?: (address: string) => number | null;
};

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
const KEEP_DAYS = 7;

async function forgetOldMails(dir: string): Promise<void> {
  const cutoff = Date.now() - KEEP_DAYS * 24 * 60 * 60 * 1000;
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    if ((await stat(file)).mtimeMs < cutoff) await rm(file, { force: true });
  }
}

async function storeMail(
  dir: string,
  raw: string,
  envelope: { from: string | null; to: string[] },
): Promise<void> {
  const parsed = parseMessage(raw);
  const receivedAt = new Date().toISOString();
  const id = `${receivedAt.replace(/[:.]/g, "-")}-${randomBytes(4).toString("hex")}`;
  const mail: CaughtMail = {
    id,
    receivedAt,
    ...envelope,
    subject: parsed.subject,
    messageId: parsed.headers.get("message-id") ?? null,
    text: parsed.text,
    html: parsed.html,
  };
  await writeFile(path.join(dir, `${id}.eml`), raw);
  // Written aside then renamed: a reader never sees half a file.
  const temporary = path.join(dir, `.${id}.json.tmp`);
  await writeFile(temporary, JSON.stringify(mail, null, 2));
  await rename(temporary, path.join(dir, `${id}.json`));
}

export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const { dir, refuseRecipient } = options;
  await mkdir(dir, { recursive: true });
  await forgetOldMails(dir);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: MAX_MESSAGE_BYTES,
    onRcptTo(address, _session, callback) {
      const code = refuseRecipient?.(address.address);
      if (!code) return callback();
      callback(
        Object.assign(new Error(`refused by the catcher (${code})`), { responseCode: code }),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
        };
        storeMail(dir, Buffer.concat(chunks).toString("utf8"), envelope).then(
          () => callback(),
          callback,
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
