import { beforeEach, describe, expect, it, vi } from "vitest";

const queryRaw = vi.fn();
vi.mock("@/lib/db", () => ({ db: { $queryRaw: queryRaw } }));

const { checkDatabase } = await import("./check-database");

describe("checkDatabase", () => {
  beforeEach(() => {
    queryRaw.mockReset();
  });

  it("reports the database up with its latency", async () => {
    queryRaw.mockResolvedValue([{ "?column?": 1 }]);
    expect(await checkDatabase()).toEqual({ up: true, latencyMs: expect.any(Number) });
  });

  it("reports the kind of failure, not its message", async () => {
    queryRaw.mockRejectedValue(
      Object.assign(new Error("postgresql://praxis:s3cret@db/praxis refused"), {
        name: "PrismaClientKnownRequestError",
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } },
      }),
    );
    expect(await checkDatabase()).toEqual({
      up: false,
      reason: "PrismaClientKnownRequestError P2010 DatabaseNotReachable",
    });
  });

  it("gives up on a database that does not answer", async () => {
    queryRaw.mockReturnValue(new Promise(() => undefined));
    expect(await checkDatabase(20)).toEqual({ up: false, reason: "no answer within 20 ms" });
  });
});
