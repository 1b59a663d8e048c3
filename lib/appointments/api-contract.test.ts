import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/search/api/openapi";

// The OpenAPI document must list exactly the appointment operations the route handlers
// implement (their answers are checked against the same schemas in the integration tests).

const API_ROOT = path.resolve(import.meta.dirname, "../../app/api/v1");
const OWNED = ["appointments", "me"];

function implementedOperations(): string[] {
  const operations: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = `/api/v1/${path.relative(API_ROOT, folder)}`.replace(/\[(\w+)\]/g, "{$1}");
        const methods = readFileSync(full, "utf8").matchAll(
          /export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g,
        );
        for (const [, method] of methods) operations.push(`${method.toLowerCase()} ${route}`);
      }
    }
  };
  for (const folder of OWNED) walk(path.join(API_ROOT, folder));
  return operations.sort();
}

function documentedOperations(): string[] {
  const paths = buildOpenApiDocument().paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths)
    .filter(([route]) => OWNED.some((folder) => route.startsWith(`/api/v1/${folder}`)))
    .flatMap(([route, item]) => Object.keys(item).map((method) => `${method} ${route}`))
    .sort();
}

describe("the appointment API in the OpenAPI document", () => {
  it("documents exactly the implemented operations", () => {
    expect(implementedOperations().length).toBeGreaterThanOrEqual(4);
    expect(documentedOperations()).toEqual(implementedOperations());
  });

  it("requires an Idempotency-Key and a JSON body to book", () => {
    const paths = buildOpenApiDocument().paths as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const book = paths["/api/v1/appointments"].post;
    expect(book.parameters).toContainEqual(
      expect.objectContaining({ name: "Idempotency-Key", in: "header", required: true }),
    );
    const body = book.requestBody as {
      content: Record<string, { schema: { required: string[] } }>;
    };
    expect(body.content["application/json"].schema.required.sort()).toEqual([
      "motiveId",
      "patientId",
      "practitionerId",
      "startsAt",
    ]);
    expect(Object.keys(book.responses as object)).toEqual(
      expect.arrayContaining(["201", "400", "401", "404", "409", "413", "415", "422"]),
    );
  });
});
