import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SPECIALTIES } from "./data/specialties";

// Fresh databases get the English and German words from the seed; existing ones from the
// migration that added the columns. Both must say the same, or search would depend on the
// age of the database.
const MIGRATION = path.resolve(
  import.meta.dirname,
  "../migrations/20261207031000_specialty_synonyms_en_de/migration.sql",
);

function wordsInMigration(): Map<string, { en: string[]; de: string[] }> {
  const sql = readFileSync(MIGRATION, "utf8");
  const list = (text: string) =>
    [...text.matchAll(/'((?:[^']|'')*)'/g)].map((match) => match[1]!.replaceAll("''", "'"));
  const rows = new Map<string, { en: string[]; de: string[] }>();
  for (const match of sql.matchAll(/\('([a-z-]+)',\s*ARRAY\[([^\]]*)\],\s*ARRAY\[([^\]]*)\]\)/g)) {
    rows.set(match[1]!, { en: list(match[2]!), de: list(match[3]!) });
  }
  return rows;
}

describe("the specialty words in English and German", () => {
  it("are the same in the seed and in the migration", () => {
    const migration = wordsInMigration();
    expect([...migration.keys()].sort()).toEqual(SPECIALTIES.map((s) => s.slug).sort());
    for (const specialty of SPECIALTIES) {
      expect(migration.get(specialty.slug), specialty.slug).toEqual({
        en: specialty.synonymsEn,
        de: specialty.synonymsDe,
      });
    }
  });

  it("give every specialty words in each language", () => {
    for (const specialty of SPECIALTIES) {
      expect(specialty.synonymsEn.length, specialty.slug).toBeGreaterThan(0);
      expect(specialty.synonymsDe.length, specialty.slug).toBeGreaterThan(0);
    }
  });
});
