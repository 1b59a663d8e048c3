import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The dependency rules of eslint.config.mjs refuse what docs/architecture.md forbids. Each
// fixture is linted as if it lived at its path (nothing is written there); the forbidden
// ones must fail, the allowed ones must pass, so the rule can neither vanish nor overreach.

const ROOT = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

const FORBIDDEN: [string, string, string][] = [
  ["components/fixture.tsx", 'import { db } from "@/lib/db";', "the database in a component"],
  [
    "components/ui/fixture.tsx",
    'import { findOwnedAppointment } from "@/lib/appointments/queries";',
    "a queries.ts in a component",
  ],
  [
    "lib/appointments/fixture.ts",
    'import { POST } from "@/app/api/v1/appointments/route";',
    "app/ from lib/",
  ],
  [
    "lib/search/fixture.ts",
    'import { FormStatus } from "@/components/ui/form-status";',
    "components/ from lib/",
  ],
  [
    "lib/search/fixture.ts",
    'import { findOwnedAppointment } from "@/lib/appointments/queries";',
    "another domain's queries.ts",
  ],
];

const ALLOWED: [string, string, string][] = [
  [
    "components/fixture.tsx",
    'import type { ActionState } from "@/lib/forms/action-state";',
    "a client-safe lib module in a component",
  ],
  [
    "lib/appointments/fixture.ts",
    'import { findOwnedAppointment } from "./queries";',
    "a domain's own queries.ts",
  ],
  [
    "lib/search/fixture.ts",
    'import { listMyAppointments } from "@/lib/appointments/list-my-appointments";',
    "another domain's use case",
  ],
];

// Referenced so no-unused-vars stays quiet about the imported names.
const use = (name: string) => `\nexport const used = ${name};\n`;
const nameIn = (code: string) => /\{ (?:type )?(\w+) \}/.exec(code)![1];

describe("the dependency rules", () => {
  // Loading the configuration and its plugins takes a while on a busy machine.
  beforeAll(() => ruleIds("lib/warm-up.ts", "export {};"), 120_000);

  it.each(FORBIDDEN)("%s refuses %s (%s)", async (file, code) => {
    expect(await ruleIds(file, code + use(nameIn(code)))).toContain("import/no-restricted-paths");
  });

  it.each(ALLOWED)("%s accepts %s (%s)", async (file, code) => {
    const source = code.includes("import type")
      ? `${code}\nexport type Used = ActionState;\n`
      : code + use(nameIn(code));
    expect(await ruleIds(file, source)).toEqual([]);
  });

  it("orders imports: Node, packages, @/, then relative", async () => {
    const unordered = [
      'import { findOwnedAppointment } from "./queries";',
      'import { z } from "zod";',
      "export const used = [findOwnedAppointment, z];",
    ].join("\n");
    expect(await ruleIds("lib/appointments/fixture.ts", unordered)).toContain("import/order");
  });
});
