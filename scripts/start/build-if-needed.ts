import { spawnSync } from "node:child_process";
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

export function buildIfNeeded(root: string, log: (line: string) => void): void {
  const fingerprint = sourceFingerprint(root);
  const distDir = path.join(root, process.env.PRAXIS_DIST_DIR || ".next");
  const stampPath = path.join(distDir, "praxis-build-stamp");
  const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampPath);
  if (built && readFileSync(stampPath, "utf8") === fingerprint) {
    log("build: production build is up to date");
    return;
  }
  log("build: building Praxis for production (about a minute the first time)…");
  const result = spawnSync(process.execPath, [nextBinary(root), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new CliError("the production build failed (see the output above)");
  writeFileSync(stampPath, fingerprint);
}

export function nextBinary(root: string): string {
  return path.join(root, "node_modules/next/dist/bin/next");
}
