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
    // Every word a person reads comes from the message catalogue (messages/*.json): a
    // literal text in JSX, or in an attribute a person reads or hears, fails the lint.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "react/jsx-no-literals": [
        "error",
        {
          noStrings: true,
          ignoreProps: true,
          // Brand, symbols and punctuation that read the same in every language.
          allowedStrings: [
            " ",
            "Praxis",
            "·",
            "—",
            "–",
            "→",
            "←",
            "©",
            "×",
            "•",
            ":",
            "/",
            "(",
            ")",
            "+",
            "-",
            "…",
            "*",
            "|",
            ",",
            ".",
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "JSXAttribute[name.name=/^(aria-label|aria-description|title|alt|placeholder)$/] > Literal[value=/[A-Za-zÀ-ÿ]{2}/]",
          message: "Read or heard by people: take this text from the message catalogue.",
        },
      ],
    },
  },
  {
    // A browser context opened by hand escapes the privacy guards of e2e/fixtures.ts: a
    // second visitor gets one from the `newGuardedContext` fixture instead.
    files: ["e2e/**/*.ts"],
    ignores: ["e2e/fixtures.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name=/^(newPage|newContext|launch|launchPersistentContext)$/][callee.object.name=/^(browser|chromium|firefox|webkit)$/]",
          message:
            "Open other browser contexts with the newGuardedContext fixture (e2e/fixtures.ts), so the privacy guards cover them.",
        },
        {
          // page.context().browser()!.newContext() and the like.
          selector:
            "CallExpression[callee.property.name=/^(newPage|newContext)$/]:matches([callee.object.callee.property.name='browser'], [callee.object.expression.callee.property.name='browser'])",
          message:
            "Open other browser contexts with the newGuardedContext fixture (e2e/fixtures.ts), so the privacy guards cover them.",
        },
      ],
    },
  },
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
