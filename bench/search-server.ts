import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";
import { buildIfNeeded, nextBinary } from "../scripts/start/build-if-needed";
import { waitForHealthy } from "../scripts/start/wait-for-healthy";

// A production server for the benchmark: BENCH_URL when one is already running against the
// benchmark database, else `next start` on a free port of this machine (built first when
// the sources changed, into PRAXIS_DIST_DIR like `npm start`).

const ROOT = path.resolve(import.meta.dirname, "..");

export type BenchServer = { baseUrl: string; stop: () => void };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(
  databaseUrl: string,
  log: (line: string) => void,
): Promise<BenchServer> {
  if (process.env.BENCH_URL)
    return { baseUrl: process.env.BENCH_URL.replace(/\/$/, ""), stop: () => {} };
  await buildIfNeeded(ROOT, (line) => log(`server: ${line}`));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [nextBinary(ROOT), "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // Required in production; the benchmark signs nobody in.
        AUTH_SECRET: randomBytes(32).toString("hex"),
      },
    },
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealthy(`${baseUrl}/healthz`);
  log(`server: next start on ${baseUrl}`);
  return { baseUrl, stop: () => child.kill("SIGTERM") };
}
