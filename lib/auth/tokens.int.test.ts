import { describe, expect, it } from "vitest";
import { withAppTestDatabase } from "@/scripts/testing/app-test-database";
import { consumeToken, issueToken } from "./tokens";

const database = withAppTestDatabase();

async function newUser(email = `user-${crypto.randomUUID()}@exemple.fr`): Promise<string> {
  const user = await database.prisma().user.create({ data: { email }, select: { id: true } });
  return user.id;
}

describe("single-use tokens", () => {
  it("gives back the owner and data once, then never again", async () => {
    const prisma = database.prisma();
    const userId = await newUser();
    const token = await issueToken(prisma, {
      purpose: "change-email",
      userId,
      data: { newEmail: "nouvelle@exemple.fr" },
    });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await consumeToken(prisma, "change-email", token)).toEqual({
      userId,
      data: { newEmail: "nouvelle@exemple.fr" },
    });
    expect(await consumeToken(prisma, "change-email", token)).toBeNull();
  });

  it("stores only a hash of the token", async () => {
    const prisma = database.prisma();
    const userId = await newUser();
    const token = await issueToken(prisma, { purpose: "verify-email", userId });
    const rows = await prisma.authToken.findMany({ where: { userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses an expired token", async () => {
    const prisma = database.prisma();
    const userId = await newUser();
    const token = await issueToken(prisma, { purpose: "reset-password", userId });
    await prisma.authToken.updateMany({
      where: { userId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await consumeToken(prisma, "reset-password", token)).toBeNull();
  });

  it("refuses a token used for another purpose, and keeps it for its own", async () => {
    const prisma = database.prisma();
    const userId = await newUser();
    const token = await issueToken(prisma, { purpose: "verify-email", userId });
    expect(await consumeToken(prisma, "reset-password", token)).toBeNull();
    expect(await consumeToken(prisma, "verify-email", token)).not.toBeNull();
  });

  it("keeps only the latest token of a purpose", async () => {
    const prisma = database.prisma();
    const userId = await newUser();
    const first = await issueToken(prisma, { purpose: "reset-password", userId });
    const second = await issueToken(prisma, { purpose: "reset-password", userId });
    expect(await consumeToken(prisma, "reset-password", first)).toBeNull();
    expect(await consumeToken(prisma, "reset-password", second)).not.toBeNull();
  });

  it("lets only one of many simultaneous uses succeed", async () => {
    const prisma = database.prisma();
    const userId = await newUser();
    const token = await issueToken(prisma, { purpose: "invite", userId });
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        prisma.$transaction((tx) => consumeToken(tx, "invite", token)),
      ),
    );
    expect(results.filter((result) => result !== null)).toHaveLength(1);
  });

  it("dies with its account", async () => {
    const prisma = database.prisma();
    const userId = await newUser();
    const token = await issueToken(prisma, { purpose: "reset-password", userId });
    await prisma.user.delete({ where: { id: userId } });
    expect(await consumeToken(prisma, "reset-password", token)).toBeNull();
  });

  it.each(["", "short", "x".repeat(10_000), "../../etc/passwd", "é".repeat(43)])(
    "refuses the malformed token %#",
    async (token) => {
      expect(await consumeToken(database.prisma(), "verify-email", token)).toBeNull();
    },
  );
});
