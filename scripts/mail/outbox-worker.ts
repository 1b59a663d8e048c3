import { purgeExpiredAuthRows } from "../../lib/auth/queries";
import { purgeExpiredCampaignData } from "../../lib/campaigns/counter-statements";
import { CAMPAIGN_RETENTION_MONTHS } from "../../lib/campaigns/retention";
import { createPrismaClient } from "../../lib/db-client";
import { getEnv } from "../../lib/env";
import { purgeFinishedMails } from "../../lib/mail/queries";
import { runOutboxWorker } from "../../lib/mail/run-outbox-worker";
import { createSmtpTransport } from "../../lib/mail/smtp-transport";
import { enqueueDueReminders } from "../../lib/notifications/enqueue-due-reminders";
import { purgeClosedWindows } from "../../lib/rate-limit/queries";
import { refreshAllStaleSummaries } from "../../lib/search/summaries/refresh-summaries";

// Sent and failed mails are kept 30 days (to answer "did you send it?"), then deleted.
const KEEP_FINISHED_MAILS_DAYS = 30;

export type RunningWorker = { stop: () => Promise<void>; done: Promise<void> };

/**
 * Runs the outbox worker in this process until stop(): used by `npm run worker` and by
 * `npm start`. Between rounds it also keeps search's availability summaries fresh, queues
 * reminders and clears what has expired (sessions, links, rate-limit windows, old mails,
 * campaign counters past retention).
 */
export function startOutboxWorker(options: {
  databaseUrl: string;
  smtpUrl: string;
  log: (line: string) => void;
}): RunningWorker {
  // The sender and the reminders' links come from lib/env, which reads the database URL from
  // the environment: the one this worker was given, when the caller has not exported it.
  process.env.DATABASE_URL ??= options.databaseUrl;
  const client = createPrismaClient(options.databaseUrl, 2);
  const transport = createSmtpTransport(options.smtpUrl);
  const controller = new AbortController();
  const done = runOutboxWorker({
    client,
    transport,
    from: getEnv().MAIL_FROM,
    signal: controller.signal,
    log: options.log,
    housekeeping: [
      // Search recomputes a stale availability summary before trusting it; refreshing them
      // here keeps that to the last minute's changes instead of a whole city's summaries
      // when they expire overnight.
      { everyMs: 60_000, run: async () => void (await refreshAllStaleSummaries()) },
      // Appointment reminders (24 h ahead) are queued by whichever worker runs.
      { everyMs: 10 * 60_000, run: async () => void (await enqueueDueReminders(client)) },
      {
        everyMs: 10 * 60_000,
        run: async () => {
          await purgeExpiredAuthRows(client);
          await purgeClosedWindows(client);
          await purgeFinishedMails(client, KEEP_FINISHED_MAILS_DAYS);
        },
      },
      // Campaign counters and archived campaigns are kept 25 months (lib/campaigns/retention).
      {
        everyMs: 60 * 60_000,
        run: async () =>
          void (await purgeExpiredCampaignData(client, new Date(), CAMPAIGN_RETENTION_MONTHS)),
      },
    ],
  }).finally(async () => {
    transport.close();
    await client.$disconnect();
  });
  return {
    done,
    stop: async () => {
      controller.abort();
      await done;
    },
  };
}
