import path from "node:path";
import { startMailCatcher, type MailCatcher } from "./mail-catcher";
import { startOutboxWorker } from "./outbox-worker";
import { mailCatcherDir } from "./read-caught-mail";

/**
 * For `npm start`: the outbox worker, sending through SMTP_URL, or, when it is unset, through
 * a local catcher that keeps every mail in MAIL_CATCHER_DIR (default .data/mail).
 */
export async function startMailServices(options: {
  root: string;
  databaseUrl: string;
  log: (line: string) => void;
}): Promise<{ stop: () => Promise<void> }> {
  let catcher: MailCatcher | null = null;
  let smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) {
    const dir = mailCatcherDir(options.root);
    catcher = await startMailCatcher({ dir });
    smtpUrl = catcher.url;
    options.log(
      `mail: SMTP_URL unset, mails are kept in ${path.relative(options.root, dir) || dir}`,
    );
  }
  const worker = startOutboxWorker({
    databaseUrl: options.databaseUrl,
    smtpUrl,
    log: options.log,
  });
  return {
    stop: async () => {
      await worker.stop();
      await catcher?.stop();
    },
  };
}
