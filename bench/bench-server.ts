import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { buildIfNeeded, nextBinary } from "../scripts/start/build-if-needed";
import { withSocketPeerPreload } from "../scripts/start/next-server-env";
import { waitForHealthy } from "../scripts/start/wait-for-healthy";

// The production server a benchmark drives: `next start` on a free port of this machine
// (built first when the sources changed, into PRAXIS_DIST_DIR like `npm start`).

const ROOT = path.resolve(import.meta.dirname, "..");
const BENCH_HOST = "localhost";

export type BenchServer = {
  baseUrl: string;
  stop: () => void;
  /** CPU time the server's processes have used so far, in ms (Linux; NaN elsewhere). */
  cpuMs: () => number;
};

export async function startServer(
  databaseUrl: string,
  log: (line: string) => void,
  // Required in production; a benchmark that signs users in mints cookies with it.
  authSecret = randomBytes(32).toString("hex"),
  // Receives the server's own output (stdout and stderr) line by line instead of the console.
  onServerLine?: (line: string) => void,
): Promise<BenchServer> {
  await buildIfNeeded(ROOT, (line) => log(`server: ${line}`));
  // BENCH_PORT pins the port (a shared machine hands each user a range); else any free one.
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  // "localhost", not "127.0.0.1": Next names a loopback address "localhost" in the URL the
  // proxy sees but keeps the literal one as its own origin, so with -H 127.0.0.1 each of the
  // proxy's rewrites (/en → /) looked external and was proxied back into the server, where
  // the home page's language redirect looped (vercel/next.js#94745).
  const child: ChildProcess = spawn(
    process.execPath,
    [...profilerFlags(), nextBinary(ROOT), "start", "-p", String(port), "-H", BENCH_HOST],
    {
      cwd: ROOT,
      stdio: ["ignore", onServerLine ? "pipe" : "ignore", onServerLine ? "pipe" : "inherit"],
      env: withSocketPeerPreload({
        ...process.env,
        DATABASE_URL: databaseUrl,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: authSecret,
      }),
    },
  );
  if (onServerLine) {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on("line", onServerLine);
    }
  }
  const baseUrl = `http://${BENCH_HOST}:${port}`;
  try {
    await waitForHealthy(`${baseUrl}/healthz`, 120_000);
  } catch (error) {
    child.kill("SIGTERM");
    throw error;
  }
  log(`server: next start on ${baseUrl}`);
  return {
    baseUrl,
    stop: () => void child.kill("SIGTERM"),
    cpuMs: () => processTreeCpuMs(child.pid ?? -1),
  };
}

// BENCH_CPU_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops, to
// see where a request's time goes (open it in Chrome's DevTools).
function profilerFlags(): string[] {
  const folder = process.env.BENCH_CPU_PROFILE;
  return folder ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(folder)}`] : [];
}

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

// On a shared machine requests per second move with the neighbours' load; the CPU time the
// server spends per request does not, so benchmarks print both.
let ticksPerSecond: number | undefined;

function processTreeCpuMs(rootPid: number): number {
  try {
    ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;
    const stats = readdirSync("/proc")
      .filter((entry) => /^\d+$/.test(entry))
      .flatMap((pid) => {
        try {
          // Fields after the command name, which is in parentheses and may hold spaces.
          const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
          return [
            {
              pid: Number(pid),
              ppid: Number(fields[1]),
              ticks: Number(fields[11]) + Number(fields[12]),
            },
          ];
        } catch {
          return []; // gone meanwhile
        }
      });
    const tree = new Set([rootPid]);
    for (let grew = true; grew;) {
      grew = false;
      for (const stat of stats)
        if (tree.has(stat.ppid) && !tree.has(stat.pid)) grew = Boolean(tree.add(stat.pid));
    }
    const ticks = stats
      .filter((stat) => tree.has(stat.pid))
      .reduce((sum, stat) => sum + stat.ticks, 0);
    return (ticks * 1000) / ticksPerSecond;
  } catch {
    return NaN;
  }
}
