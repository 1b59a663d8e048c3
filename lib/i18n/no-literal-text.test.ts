import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Words a person reads come from the message catalogue; lib/ throws codes and keys. A
// string literal with French letters or typography in lib/ is almost always a message that
// escaped the catalogue. Data (place names, specialty synonyms searched for) is allowed by
// folder, and each exception says why.
const ROOT = path.resolve(import.meta.dirname, "../..");
const ALLOWED = [
  // Commune names and the accent folding that matches them.
  "lib/places/",
  // Search terms patients type ("généraliste"), matched against, never shown as messages.
  "lib/search/specialty-terms.ts",
  // Each language's own name ("Français"), the same on every page.
  "lib/i18n/locales.ts",
  // Typographic rules per language ("9 h 15", "1er", "à"), not messages.
  "lib/utils/format-date.ts",
];
const FRENCH_TEXT = /[àâçéèêëîïôûùüÿœæÀÂÇÉÈÊËÎÏÔÛÙÜŸŒÆ’«»]/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|testing\//.test(full) ? [full] : [];
  });
}

describe("lib/", () => {
  it("holds no user-facing French text outside the catalogue", () => {
    const offenders: string[] = [];
    for (const file of files(path.join(ROOT, "lib"))) {
      const relative = path.relative(ROOT, file);
      if (ALLOWED.some((allowed) => relative.startsWith(allowed))) continue;
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, index) => {
        const code = line.replace(/\/\/.*$/, "").replace(/^\s*\*.*$/, "");
        for (const match of code.matchAll(/"([^"]*)"|'([^']*)'|`([^`]*)`/g)) {
          if (FRENCH_TEXT.test(match[0])) offenders.push(`${relative}:${index + 1}: ${match[0]}`);
        }
      });
    }
    expect(offenders).toEqual([]);
  });
});
