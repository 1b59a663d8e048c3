import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../lib/db-client";
import { buildIfNeeded, nextBinary } from "../scripts/start/build-if-needed";
import { waitForHealthy } from "../scripts/start/wait-for-healthy";

// The production server the booking benchmark drives: `next start` on a free port against
// the benchmark's database, and session cookies minted the way Auth.js reads them (an
// encrypted JWT whose only claim is a session id, checked against the sessions table).

const ROOT = path.resolve(import.meta.dirname, "..");
// `next start` is production: Secure, __Host- prefixed cookie (see lib/auth/auth.ts).
const COOKIE_NAME = "__Host-praxis.session";

export type BenchServer = { url: string; stop: () => void };

export async function startProductionServer(
  databaseUrl: string,
  authSecret: string,
): Promise<BenchServer> {
  await buildIfNeeded(ROOT, (line: string) => console.log(line));
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [...profilerFlags(), nextBinary(ROOT), "start", "-p", String(port)],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: authSecret,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(`${url}/healthz`, 120_000);
  } catch (error) {
    server.kill("SIGTERM");
    throw error;
  }
  return { url, stop: () => void server.kill("SIGTERM") };
}

/** A session row for the user and the Cookie header that names it. */
export async function mintSessionCookie(
  prisma: PrismaClient,
  userId: string,
  authSecret: string,
): Promise<string> {
  const sid = randomBytes(32).toString("base64url");
  await prisma.session.create({
    data: {
      sessionToken: createHash("sha256").update(sid).digest("hex"),
      userId,
      expires: new Date(Date.now() + 60 * 60_000),
    },
  });
  const token = await encode({ token: { sid }, secret: authSecret, salt: COOKIE_NAME });
  return `${COOKIE_NAME}=${token}`;
}

// BENCH_CPU_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops, to
// see where a booking's time goes (open it in Chrome's DevTools).
function profilerFlags(): string[] {
  const folder = process.env.BENCH_CPU_PROFILE;
  return folder ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(folder)}`] : [];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
