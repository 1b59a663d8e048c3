import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import type { MigrationFile } from "./migration-files";

// Prisma's Rust schema engine cannot be downloaded here; its wasm build can compute
// diffs, driven through adapter-pg against throw-away in-memory PGlite databases. The
// workarounds below are for gaps in adapter-pg 7.10.1 when the engine drives it.

const CHAR_OID = 18; // pg_catalog's internal "char" type, rejected by adapter-pg
const TEXT_OID = 25;

type PgQueryResult = { fields: { dataTypeID: number }[] };
type QueryableAdapter = {
  queryRaw: (query: unknown) => Promise<{ columnTypes: number[] }>;
  executeScript: (script: string) => Promise<void>;
  underlyingDriver: () => pg.Pool;
};

/**
 * Reports "char" columns as text to adapter-pg, then marks them as Character in the
 * result. The engine's connection is single and its queries sequential, so the columns
 * seen by the last pool query are those of the result queryRaw is building.
 */
function patchCharColumns(adapter: QueryableAdapter): void {
  const pool = adapter.underlyingDriver();
  const query = pool.query.bind(pool) as (config: unknown) => Promise<PgQueryResult>;
  let lastCharColumns: number[] = [];
  (pool as unknown as { query: typeof query }).query = async (config) => {
    const result = await query(config);
    // A multi-statement script yields an array of results; only single queries matter here.
    if (Array.isArray(result)) return result;
    lastCharColumns = result.fields.flatMap((field, index) =>
      field.dataTypeID === CHAR_OID ? [index] : [],
    );
    for (const index of lastCharColumns) result.fields[index].dataTypeID = TEXT_OID;
    return result;
  };
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.queryRaw = async (rawQuery) => {
    const result = await queryRaw(rawQuery);
    const charColumns = lastCharColumns;
    result.columnTypes = result.columnTypes.map((type, index) =>
      charColumns.includes(index) ? ColumnTypeEnum.Character : type,
    );
    return result;
  };
}

/** adapter-pg splits scripts on ";", which breaks $$ bodies and is not atomic. */
function runScriptsWhole(adapter: QueryableAdapter): void {
  adapter.executeScript = async (script) => {
    await adapter.underlyingDriver().query(script);
  };
}

async function connectEngineAdapter(url: string) {
  // One long-lived connection: the engine holds a session-level lock across calls.
  const factory = new PrismaPg({ connectionString: url, max: 1, idleTimeoutMillis: 0 });
  const adapter = (await factory.connect()) as unknown as QueryableAdapter;
  patchCharColumns(adapter);
  runScriptsWhole(adapter);
  return adapter;
}

type EngineModule = typeof import("@prisma/schema-engine-wasm");
let engineModule: Promise<EngineModule> | undefined;

/** Instantiated once per process: a second instance over the same bindings corrupts both. */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= instantiateEngineModule();
  return engineModule;
}

async function instantiateEngineModule(): Promise<EngineModule> {
  // The package imports its .wasm as an ES module, which Node 20 cannot do unflagged.
  const require = createRequire(import.meta.url);
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(bindingsPath), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as unknown as { __wbindgen_start: () => void };
  engineBindings.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  return engineBindings as unknown as EngineModule;
}

function installPanicRegistry(): void {
  const registry = {
    message: "",
    set_message(message: string) {
      this.message = message;
    },
  };
  (
    globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY: typeof registry }
  ).PRISMA_WASM_PANIC_REGISTRY = registry;
}

export type DiffEngine = {
  diff: (from: DiffTarget, to: DiffTarget) => Promise<string>;
  close: () => Promise<void>;
};

/** A schema engine whose main and shadow databases are fresh in-memory PGlite instances. */
export async function openDiffEngine(): Promise<DiffEngine> {
  installPanicRegistry();
  const databases: EmbeddedPostgres[] = [];
  const start = async () => {
    const database = await startEmbeddedPostgres("memory://");
    databases.push(database);
    return database.url;
  };
  const mainUrl = await start();
  const factory = {
    provider: "postgres" as const,
    adapterName: "@prisma/adapter-pg",
    connect: () => connectEngineAdapter(mainUrl),
    connectToShadowDb: async () => connectEngineAdapter(await start()),
  };
  const bound = bindMigrationAwareSqlAdapterFactory(factory as never);
  const { SchemaEngine } = await loadEngineModule();
  // The engine's tracing output is not needed: failures come back as rejected promises.
  const ignoreEngineLog = () => {};
  const engine: SchemaEngine = await SchemaEngine.new(
    { datamodels: undefined },
    ignoreEngineLog,
    bound,
  );
  return {
    diff: async (from, to) => {
      const result = await engine.diff({
        from,
        to,
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      });
      return result.stdout ?? "";
    },
    close: async () => {
      engine.free();
      await Promise.all(databases.map((database) => database.stop()));
    },
  };
}

export function migrationsTarget(migrationsDir: string, files: MigrationFile[]): DiffTarget {
  const list: MigrationList = {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
    shadowDbInitScript: "",
    migrationDirectories: files.map((file) => ({
      path: file.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: file.sql } as never },
    })),
  };
  return { tag: "migrations", ...list };
}

export function schemaTarget(schemaPath: string, content: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: schemaPath, content }] };
}

export const emptyTarget: DiffTarget = { tag: "empty" };
