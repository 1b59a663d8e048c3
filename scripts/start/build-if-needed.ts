import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CliError } from "../lib/cli";

// What a production build depends on. A change to any of these makes `npm start` rebuild.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIPPED_FOLDERS = new Set(["generated", "node_modules"]);

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { withFileTypes: true })
    .filter((child) => !SKIPPED_FOLDERS.has(child.name))
    .flatMap((child) => listFiles(path.join(entry, child.name)))
    .sort();
}

/** A fingerprint of the sources: paths and contents, so a checkout or edit triggers a build. */
export function sourceFingerprint(root: string): string {
  const hash = createHash("sha256");
  for (const file of BUILD_INPUTS.flatMap((input) => listFiles(path.join(root, input)))) {
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export type PendingBuild = { done: Promise<Error | null>; cancel: () => void };

/**
 * Starts `next build` in the background when the sources changed since the last build, so
 * it overlaps with starting the database. Output is kept and shown only if the build fails.
 * Types are not checked here: `npm test` does that, and it halves the build time.
 */
export function startBuildIfNeeded(root: string, log: (line: string) => void): PendingBuild {
  const fingerprint = sourceFingerprint(root);
  const distDir = path.join(root, process.env.PRAXIS_DIST_DIR || ".next");
  const stampPath = path.join(distDir, "praxis-build-stamp");
  const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampPath);
  if (built && readFileSync(stampPath, "utf8") === fingerprint) {
    log("build: production build is up to date");
    return { done: Promise.resolve(null), cancel: () => {} };
  }
  log("build: building Praxis for production in the background…");
  const startedAt = Date.now();
  const child = spawn(process.execPath, [nextBinary(root), "build"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      PRAXIS_SKIP_TYPECHECK: "1",
    },
  });
  const output: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
  const done = new Promise<Error | null>((resolve) => {
    child.on("error", resolve);
    child.on("exit", (code) => {
      if (code !== 0) {
        process.stderr.write(Buffer.concat(output));
        resolve(new CliError("the production build failed (see the output above)"));
        return;
      }
      writeFileSync(stampPath, fingerprint);
      log(`build: done in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
      resolve(null);
    });
  });
  return { done, cancel: () => child.kill("SIGTERM") };
}

/** Builds when needed and waits for it (for scripts that need a build before anything else). */
export async function buildIfNeeded(root: string, log: (line: string) => void): Promise<void> {
  const error = await startBuildIfNeeded(root, log).done;
  if (error) throw error;
}

export function nextBinary(root: string): string {
  return path.join(root, "node_modules/next/dist/bin/next");
}
