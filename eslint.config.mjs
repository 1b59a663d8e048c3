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
