import { CliError, requireDatabaseUrl, runCli } from "./lib/cli";
import { startOutboxWorker } from "./mail/outbox-worker";

// `npm run worker`: sends the outbox's mails through SMTP_URL until Ctrl-C. Run one or
// several beside the app when it is deployed without `npm start` (which runs one itself).

runCli("worker", async () => {
  const databaseUrl = requireDatabaseUrl();
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl || !URL.canParse(smtpUrl)) {
    throw new CliError("SMTP_URL must be set, e.g. smtp://user:password@smtp.example.org:587");
  }
  const worker = startOutboxWorker({
    databaseUrl,
    smtpUrl,
    log: (line) => console.error(line),
  });
  const stop = () => void worker.stop();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  console.log(`worker: sending outbox mails through ${new URL(smtpUrl).host} (Ctrl-C stops)`);
  await worker.done;
});
