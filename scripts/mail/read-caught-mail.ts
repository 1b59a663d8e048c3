import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { CaughtMail } from "./mail-catcher";

/** The catcher's folder: MAIL_CATCHER_DIR, or .data/mail beside the app. */
export function mailCatcherDir(root = path.resolve(import.meta.dirname, "../..")): string {
  return process.env.MAIL_CATCHER_DIR || path.join(root, ".data/mail");
}

export async function readCaughtMails(dir: string): Promise<CaughtMail[]> {
  const names = (await readdir(dir).catch(() => []))
    .filter((name) => name.endsWith(".json"))
    .sort();
  const mails = await Promise.all(
    names.map(
      async (name) => JSON.parse(await readFile(path.join(dir, name), "utf8")) as CaughtMail,
    ),
  );
  return mails;
}

/** The mails caught for one recipient, oldest first. */
export async function mailsTo(dir: string, recipient: string): Promise<CaughtMail[]> {
  const wanted = recipient.toLowerCase();
  return (await readCaughtMails(dir)).filter((mail) => mail.to.includes(wanted));
}

/** Waits until `count` mails reached the recipient (the worker polls every second). */
export async function waitForMails(
  dir: string,
  recipient: string,
  options: { count?: number; timeoutMs?: number } = {},
): Promise<CaughtMail[]> {
  const { count = 1, timeoutMs = 20_000 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(dir, recipient);
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) {
      throw new Error(`expected ${count} mail(s) to ${recipient}, got ${mails.length}`);
    }
    await sleep(200);
  }
}

/** The first link to this app's `pathname` in a mail, as a path with its query. */
export function linkIn(mail: CaughtMail, pathname: string): string {
  const match = mail.text?.match(new RegExp(`https?://[^\\s]+${pathname}\\?[^\\s]+`));
  if (!match) throw new Error(`no ${pathname} link in "${mail.subject}"`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
