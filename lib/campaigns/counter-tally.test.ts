import { afterEach, describe, expect, it, vi } from "vitest";
import { CounterTally, MAX_PENDING_CELLS, type CounterCell } from "./counter-tally";
import { countedEntry, type FunnelStep } from "./funnel";

const AT = new Date("2026-12-07T10:00:00Z");
const entry = (campaign: string, step: FunnelStep = "LANDING") => countedEntry(campaign, step, AT);

function recordingTally() {
  const writes: CounterCell[][] = [];
  const tally = new CounterTally(async (cells) => void writes.push(cells.map((c) => ({ ...c }))));
  return { tally, writes };
}

afterEach(() => vi.useRealTimers());

describe("CounterTally", () => {
  it("sums increments per cell and writes them in one call, in a fixed order", async () => {
    const { tally, writes } = recordingTally();
    for (let i = 0; i < 5; i++) tally.add(entry("ete"));
    tally.add(entry("ete", "SEARCH"));
    tally.add(entry("automne"));
    expect(tally.pendingCount()).toBe(7);

    await tally.flush();

    expect(writes).toEqual([
      [
        { day: "2026-12-07", campaign: "automne", step: "LANDING", count: 1 },
        { day: "2026-12-07", campaign: "ete", step: "LANDING", count: 5 },
        { day: "2026-12-07", campaign: "ete", step: "SEARCH", count: 1 },
      ],
    ]);
    expect(tally.pendingCount()).toBe(0);
    await tally.flush();
    expect(writes).toHaveLength(1); // nothing pending, nothing written
  });

  it("keeps what a failed write carried for the next flush, with what came meanwhile", async () => {
    const written: CounterCell[][] = [];
    let fail = true;
    const onError = vi.fn();
    const tally = new CounterTally(async (cells) => {
      if (fail) throw new Error("database away");
      written.push(cells.map((c) => ({ ...c })));
    }, onError);
    tally.add(entry("ete"));
    tally.add(entry("ete"));
    await expect(tally.flush()).rejects.toThrow("database away");
    expect(onError).toHaveBeenCalledWith(expect.any(Error), 0);

    tally.add(entry("ete"));
    fail = false;
    await tally.flush();
    expect(written).toEqual([[{ day: "2026-12-07", campaign: "ete", step: "LANDING", count: 3 }]]);
  });

  it("runs flushes one after another, so a cell is never written twice at once", async () => {
    let running = 0;
    let overlapped = false;
    let total = 0;
    const tally = new CounterTally(async (cells) => {
      running++;
      overlapped ||= running > 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      total += cells.reduce((sum, cell) => sum + cell.count, 0);
      running--;
    });
    const adds = Array.from({ length: 300 }, async (_, index) => {
      tally.add(entry("ete"));
      if (index % 10 === 0) await tally.flush();
    });
    await Promise.all(adds);
    await tally.flush();
    expect(overlapped).toBe(false);
    expect(total).toBe(300);
  });

  it("bounds the cells waiting, but still counts the ones already there", async () => {
    const { tally, writes } = recordingTally();
    for (let i = 0; i < MAX_PENDING_CELLS; i++) expect(tally.add(entry(`c-${i}`))).toBe(true);
    expect(tally.add(entry("one-too-many"))).toBe(false);
    expect(tally.add(entry("c-0"))).toBe(true);
    await tally.flush();
    expect(writes[0]).toHaveLength(MAX_PENDING_CELLS);
    expect(writes[0].find((cell) => cell.campaign === "c-0")?.count).toBe(2);
  });

  it("flushes on its timer, and settled() waits for the flush carrying what was added", async () => {
    vi.useFakeTimers();
    const { tally, writes } = recordingTally();
    tally.start(1_000);
    tally.add(entry("ete"));
    let settled = false;
    const waiting = tally.settled().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(writes).toHaveLength(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(writes).toHaveLength(1);
    await tally.stop();
  });

  it("stop() writes what is pending at once (shutdown)", async () => {
    const { tally, writes } = recordingTally();
    tally.start(60_000);
    tally.add(entry("ete"));
    await tally.stop();
    expect(writes).toEqual([[{ day: "2026-12-07", campaign: "ete", step: "LANDING", count: 1 }]]);
  });
});
