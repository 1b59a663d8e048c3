import { readdirSync } from "node:fs";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Dependencies point one way (docs/architecture.md): app/ → lib/<domain> use cases →
// queries.ts → lib/db.ts. scripts/lint/boundaries.test.ts proves each zone refuses.
const DATABASE = ["./lib/db*.ts", "./lib/**/queries.ts"];
const domains = readdirSync(new URL("./lib", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== "generated")
  .map((entry) => entry.name);

const boundaries = [
  {
    target: "./components/**/*",
    from: DATABASE,
    message: "components/ is presentational: data comes through props, from a use case.",
  },
  {
    target: "./lib/**/*",
    from: ["./app/**/*", "./components/**/*"],
    message: "lib/ never imports app/ or components/.",
  },
  ...domains.map((domain) => ({
    target: `./lib/${domain}/**/*`,
    from: [`./lib/!(${domain})/**/queries.ts`],
    message: "A domain uses another domain through its use cases, not its queries.",
  })),
];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // Tests may drive route handlers and fixtures of any layer.
    ignores: ["**/*.test.ts", "**/*.test.tsx", "e2e/**"],
    rules: {
      "import/no-restricted-paths": ["error", { basePath: import.meta.dirname, zones: boundaries }],
    },
  },
  {
    rules: {
      // Side-effect imports ("server-only") stay first; then Node, packages, @/, relative.
      "import/order": [
        "error",
        {
          groups: ["builtin", "external", "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          "newlines-between": "never",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    // Build folders of parallel runs (PRAXIS_DIST_DIR).
    ".next-*/**",
    "node_modules/**",
    "lib/generated/**",
    "out/**",
    "build/**",
    "coverage/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
]);
