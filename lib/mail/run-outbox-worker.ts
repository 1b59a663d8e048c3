import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { deliverDueMails, type DeliveryOptions } from "./deliver-outbox";

export type PeriodicTask = { everyMs: number; run: () => Promise<void> };

export type WorkerOptions = DeliveryOptions & {
  signal: AbortSignal;
  /** Pause when nothing is due. */
  pollMs?: number;
  /** Periodic work between rounds (reminders, clean-up…), each task at its own pace. */
  housekeeping?: readonly PeriodicTask[];
  log?: (line: string) => void;
};

/**
 * Sends due outbox mails until `signal` aborts; a batch in progress is finished first, so
 * Ctrl-C never leaves a mail half-recorded. Errors (database away, SMTP down) are logged by
 * kind and retried at the next poll.
 */
export async function runOutboxWorker(options: WorkerOptions): Promise<void> {
  const { signal, pollMs = 1_000, housekeeping = [] } = options;
  const log = options.log ?? ((line) => console.error(line));
  const batchSize = options.batchSize ?? 20;
  const lastRun = housekeeping.map(() => 0);
  while (!signal.aborted) {
    let busy = false;
    try {
      const report = await deliverDueMails({ ...options, batchSize });
      busy = report.claimed === batchSize;
      for (const [index, task] of housekeeping.entries()) {
        if (Date.now() - lastRun[index] < task.everyMs) continue;
        lastRun[index] = Date.now();
        await task.run();
      }
    } catch (error) {
      log(`[worker] delivery round failed (${(error as Error)?.name ?? typeof error})`);
    }
    if (!busy) await sleep(pollMs, undefined, { signal }).catch(() => undefined);
  }
}
