import type { CountedEntry, FunnelStep } from "./funnel";

// Counted steps wait in memory and reach the database in one statement per flush: a page
// view costs a Map update, not a write, and a hot cell (one campaign's landings on a busy
// day) takes one row lock per flush instead of one per visitor. Pure: the writer is given.

export type CounterCell = { day: string; campaign: string; step: FunnelStep; count: number };

/** Writes cells in one transaction, adding each count to what the database holds. */
export type CounterWriter = (cells: readonly CounterCell[]) => Promise<void>;

// Distinct cells one process keeps between flushes. Campaigns are few, so real traffic uses
// a handful; the cap only bounds memory against URLs made up to fill it (unknown campaigns
// are dropped when written, but wait here until then).
export const MAX_PENDING_CELLS = 5_000;

/** The cell an entry adds to, with its increment as the count. */
export function cellOf({ day, campaign, step, increment }: CountedEntry): CounterCell {
  return { day, campaign, step, count: increment };
}

export class CounterTally {
  private pending = new Map<string, CounterCell>();
  // Callers waiting for the flush that writes what they added (see settled()).
  private waiters: (() => void)[] = [];
  private queue: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly write: CounterWriter,
    private readonly onError: (error: unknown, lostCells: number) => void = () => {},
  ) {}

  /** Adds one entry; false when it was dropped because too many cells are waiting. */
  add(entry: CountedEntry): boolean {
    return this.merge(cellOf(entry));
  }

  /** How many increments wait for the next flush. */
  pendingCount(): number {
    let total = 0;
    for (const cell of this.pending.values()) total += cell.count;
    return total;
  }

  /**
   * Writes what is pending; flushes run one after another, never two at once. When the write
   * fails the counts go back into the tally for the next flush, and the promise rejects.
   */
  flush(): Promise<void> {
    const run = this.queue.then(() => this.writePending());
    this.queue = run.catch(() => {});
    return run;
  }

  /** Resolves once the flush that carries what was added so far has been attempted. */
  settled(): Promise<void> {
    if (this.pending.size === 0) return this.queue;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Flushes every `intervalMs` until stop(); the timer never keeps a process alive. */
  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush().catch(() => {}), intervalMs);
    this.timer.unref?.();
  }

  /** Stops the timer and writes what is pending. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
  }

  private async writePending(): Promise<void> {
    const batch = this.pending;
    const waiters = this.waiters;
    this.pending = new Map();
    this.waiters = [];
    try {
      if (batch.size > 0) await this.write([...batch.values()].sort(compareCells));
    } catch (error) {
      const lost = [...batch.values()].filter((cell) => !this.merge(cell)).length;
      this.onError(error, lost);
      throw error;
    } finally {
      for (const resolve of waiters) resolve();
    }
  }

  private merge(cell: CounterCell): boolean {
    const key = `${cell.day}|${cell.campaign}|${cell.step}`;
    const existing = this.pending.get(key);
    if (existing) existing.count += cell.count;
    else if (this.pending.size >= MAX_PENDING_CELLS) return false;
    else this.pending.set(key, { ...cell });
    return true;
  }
}

// One order for every writer: two processes flushing the same cells lock them in the same
// order and cannot deadlock.
function compareCells(a: CounterCell, b: CounterCell): number {
  return (
    a.campaign.localeCompare(b.campaign) ||
    a.day.localeCompare(b.day) ||
    a.step.localeCompare(b.step)
  );
}
