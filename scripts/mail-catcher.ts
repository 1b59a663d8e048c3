import { runCli } from "./lib/cli";
import { startMailCatcher } from "./mail/mail-catcher";
import { mailCatcherDir } from "./mail/read-caught-mail";
import { parsePort } from "./start/port";

// `npx tsx scripts/mail-catcher.ts`: a local SMTP server that keeps every mail it receives
// in MAIL_CATCHER_DIR (default .data/mail) as .eml and .json. `npm start` starts one by
// itself when SMTP_URL is unset; this is for running the worker or the app apart.

runCli("mail-catcher", async () => {
  const catcher = await startMailCatcher({
    dir: mailCatcherDir(),
    port: parsePort(process.env.MAIL_CATCHER_PORT, 2525),
  });
  console.log(`mail-catcher: listening on ${catcher.url}, keeping mails in ${catcher.dir}`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await catcher.stop();
});
