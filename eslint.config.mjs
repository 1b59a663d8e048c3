import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

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
