import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import de from "./de.json";
import en from "./en.json";
import fr from "./fr.json";

// French is the reference: English and German must say everything it says, with the same
// placeholders, and nothing may sit in a catalogue that no code reads.
type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(full, value);
    else for (const [k, v] of leaves(value, full)) found.set(k, v);
  }
  return found;
}

// "{count, plural, one {# day} other {# days}}" → arguments and tags a translation must keep.
function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  for (const match of message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)) names.add(match[1]!);
  for (const match of message.matchAll(/<([a-zA-Z]+)>/g)) names.add(`<${match[1]}>`);
  return [...names].sort();
}

const reference = leaves(fr as Tree);
const catalogues = { en: leaves(en as Tree), de: leaves(de as Tree) };

describe.each(Object.entries(catalogues))("the %s catalogue", (_, catalogue) => {
  it("has every French key and no other", () => {
    expect([...catalogue.keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it("keeps every placeholder and tag of the French message", () => {
    for (const [key, message] of reference) {
      const translated = catalogue.get(key);
      if (translated === undefined) continue; // reported by the test above
      expect(placeholdersOf(translated), key).toEqual(placeholdersOf(message));
    }
  });

  it("has no empty message", () => {
    for (const [key, message] of catalogue) expect(message.trim(), key).not.toBe("");
  });
});

const ROOT = path.resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["app", "components", "lib", "scripts", "prisma/seed"];

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules" || name === "data") continue;
    if (statSync(full).isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(full);
  }
  return files;
}

// Every quoted string in the sources, and every template literal's static head ("errors."
// in `errors.${code}`), which covers keys the code builds from a code or an enum value.
function stringsInSources(): { literals: Set<string>; prefixes: string[] } {
  const literals = new Set<string>();
  const prefixes: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)) {
        literals.add(match[1] ?? match[2]!);
      }
      for (const match of text.matchAll(/`([A-Za-z0-9_.]*\.)\$\{/g)) prefixes.push(match[1]!);
      // A namespace read as properties of a catalogue loaded on demand
      // (import("@/messages/fr.json") … catalogue.default.globalError): all its keys are read.
      if (text.includes('import("@/messages/')) {
        for (const match of text.matchAll(/\.default\.(\w+)/g)) prefixes.push(`${match[1]}.`);
      }
    }
  }
  return { literals, prefixes };
}

describe("the French reference catalogue", () => {
  it("holds no key that no code reads", () => {
    const { literals, prefixes } = stringsInSources();
    const isUsed = (key: string) => {
      if (literals.has(key) || prefixes.some((prefix) => key.startsWith(prefix))) return true;
      // t = useTranslations("a.b"); t("c.d"): some namespace literal plus the rest of the key.
      const parts = key.split(".");
      for (let cut = 1; cut < parts.length; cut++) {
        const namespace = parts.slice(0, cut).join(".");
        const rest = parts.slice(cut).join(".");
        if (literals.has(namespace) && literals.has(rest)) return true;
      }
      return false;
    };
    const unused = [...reference.keys()].filter((key) => !isUsed(key));
    expect(unused).toEqual([]);
  });
});
