import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-document";

// /api/v1/openapi.json is a valid OpenAPI 3.1 document (checked by a maintained validator)
// that lists exactly the operations whose route handlers exist under app/api/v1.

const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const METHOD = "GET|POST|PUT|PATCH|DELETE";
// `export const GET = route(…)`, `export async function GET`, or `export { x as GET }`.
const EXPORTED_METHOD = new RegExp(
  `export (?:const|(?:async )?function) (${METHOD})\\b|\\bas (${METHOD})\\b`,
  "g",
);

type Paths = Record<string, Record<string, Record<string, unknown>>>;

function operationsOnDisk(): string[] {
  const operations: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = `/api/v1/${path.relative(API_ROOT, folder)}`.replace(/\[(\w+)\]/g, "{$1}");
        for (const [, exported, aliased] of readFileSync(full, "utf8").matchAll(EXPORTED_METHOD)) {
          operations.push(`${(exported ?? aliased).toLowerCase()} ${route}`);
        }
      }
    }
  };
  walk(API_ROOT);
  return operations.sort();
}

function documentedOperations(): string[] {
  const paths = buildOpenApiDocument().paths as Paths;
  return Object.entries(paths)
    .flatMap(([route, item]) => Object.keys(item).map((method) => `${method} ${route}`))
    .sort();
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 for @readme/openapi-parser", { timeout: 60_000 }, async () => {
    const result = await validate(structuredClone(buildOpenApiDocument()) as never);
    expect(result.valid, result.valid ? "" : compileErrors(result)).toBe(true);
  });

  it("documents every route under app/api/v1, and nothing else", () => {
    expect(operationsOnDisk().length).toBeGreaterThanOrEqual(10);
    expect(documentedOperations()).toEqual(operationsOnDisk());
  });

  it("gives every operation a unique operationId and an English summary", () => {
    const paths = buildOpenApiDocument().paths as Paths;
    const operations = Object.values(paths).flatMap((item) => Object.values(item));
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    // French typography (accents, typographic apostrophe) would betray an untranslated text.
    const texts = JSON.stringify(buildOpenApiDocument()).match(
      /"(?:summary|description)":"(?:[^"\\]|\\.)*"/g,
    );
    expect(texts?.filter((text) => /[éèêàçù’«»]/i.test(text))).toEqual([]);
  });

  it("requires an Idempotency-Key and a JSON body to book, and says what can go wrong", () => {
    const book = (buildOpenApiDocument().paths as Paths)["/api/v1/appointments"].post;
    expect(book.parameters).toContainEqual(
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }),
    );
    expect(book.security).toEqual([{ session: [] }]);
    expect(Object.keys(book.responses as object)).toEqual(
      expect.arrayContaining(["201", "400", "401", "403", "404", "409", "413", "415", "422"]),
    );
  });
});
