import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";

// `npm run db:seed -- --practitioners <bad>`: one clear line, exit code 2, nothing written.

const ROOT = path.resolve(import.meta.dirname, "..");

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 1);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

function seed(...args: string[]) {
  return spawnSync(
    path.join(ROOT, "node_modules/.bin/tsx"),
    ["--conditions", "react-server", "scripts/db-seed.ts", ...args],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8" },
  );
}

describe("db:seed with a bad count", () => {
  it.each([
    [["--practitioners", "abc"], /--practitioners must be a number \(got "abc"\)/],
    [["--practitioners", "-5"], /--practitioners must be at least 1 \(got "-5"\)/],
    [["--practitioners", "2.5"], /--practitioners must be a whole number/],
  ])("%j: says why, exits with 2 and writes nothing", async (args, message) => {
    const result = seed(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: db:seed/);
    expect(result.stdout).not.toMatch(/created/);
    expect(await prisma.specialty.count()).toBe(0);
    expect(await prisma.user.count()).toBe(0);
  });
});
