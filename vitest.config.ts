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

export default defineConfig({
  test: {
    env: { TZ: "UTC" },
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: ["**/*.int.test.ts", "node_modules/**", "e2e/**", ".next/**"],
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**", ".next/**"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file owns a database; two files at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
