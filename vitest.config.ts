import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const shared = {
  resolve: {
    alias: {
      "@": root,
      // Server modules guard against client bundles with "server-only"; tests are server side.
      "server-only": path.join(root, "scripts/testing/empty-module.ts"),
    },
  },
};
// next-auth imports "next/server" without an extension, which Node's ESM resolver refuses
// (next has no exports map); transformed by Vite instead, it resolves as in the app.
const server = { deps: { inline: ["next-auth"] } };

export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          server,
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next/**"],
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          server,
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file owns a database; two files at a time suits a 2-core machine.
          maxWorkers: 2,
          // Runs after the unit project when both are selected (they use different pools).
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
