import type { APIRequestContext } from "@playwright/test";

// A client that knows only /api/v1/openapi.json, as a third party would: it finds each
// operation by its operationId, refuses to send a parameter, header or body field the
// document does not declare, refuses an undeclared status, and hands back answers through
// which reading an undeclared field throws.

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  $ref?: string;
};
type Parameter = { name: string; in: "path" | "query" | "header"; required?: boolean };
type Operation = {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
};
export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

type Call = {
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: Record<string, unknown>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a declared answer is read like JSON
export type Declared = any;

export class OpenApiClient {
  constructor(
    private readonly request: APIRequestContext,
    private readonly document: OpenApiDocument,
  ) {}

  async call(operationId: string, call: Call = {}): Promise<{ status: number; body: Declared }> {
    const [path, method, operation] = this.find(operationId);
    const declared = (where: Parameter["in"]) =>
      new Set((operation.parameters ?? []).filter((p) => p.in === where).map((p) => p.name));
    assertDeclared(Object.keys(call.params ?? {}), declared("path"), `${operationId} path`);
    assertDeclared(Object.keys(call.query ?? {}), declared("query"), `${operationId} query`);
    assertDeclared(Object.keys(call.headers ?? {}), declared("header"), `${operationId} headers`);
    if (call.body) {
      const schema = operation.requestBody?.content["application/json"]?.schema;
      assertDeclared(Object.keys(call.body), new Set(fieldsOf(schema ?? {}, this)), operationId);
    }
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) =>
      encodeURIComponent(call.params?.[name] ?? ""),
    );
    const response = await this.request.fetch(url, {
      method: method.toUpperCase(),
      params: call.query,
      headers: call.headers,
      data: call.body,
    });
    const answer = operation.responses[String(response.status())];
    if (!answer) throw new Error(`${operationId} answered an undeclared ${response.status()}`);
    const schema = answer.content?.["application/json"]?.schema;
    const json = schema ? await response.json() : null;
    return { status: response.status(), body: schema ? this.wrap(json, schema) : json };
  }

  resolve(schema: Schema): Schema {
    if (!schema.$ref) return schema;
    return this.document.components.schemas[schema.$ref.replace("#/components/schemas/", "")];
  }

  private find(operationId: string): [string, string, Operation] {
    for (const [path, item] of Object.entries(this.document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (operation.operationId === operationId) return [path, method, operation];
      }
    }
    throw new Error(`the document has no operation ${operationId}`);
  }

  private wrap(value: unknown, schema: Schema): Declared {
    if (value === null || typeof value !== "object") return value;
    const branches = branchesOf(schema, this);
    if (Array.isArray(value)) {
      const items = branches.find((branch) => branch.items)?.items ?? {};
      return new Proxy(value, {
        get: (target, key, receiver) =>
          typeof key === "string" && /^\d+$/.test(key)
            ? this.wrap(target[Number(key)], items)
            : Reflect.get(target, key, receiver),
      });
    }
    const properties = Object.assign({}, ...branches.map((branch) => branch.properties ?? {}));
    return new Proxy(value as Record<string, unknown>, {
      get: (target, key) => {
        if (typeof key === "symbol" || key === "then" || key === "toJSON") return undefined;
        if (!(key in properties)) throw new Error(`reading an undeclared field "${key}"`);
        return this.wrap(target[key], properties[key]);
      },
    });
  }
}

function branchesOf(schema: Schema, client: OpenApiClient): Schema[] {
  const resolved = client.resolve(schema);
  const alternatives = resolved.anyOf ?? resolved.oneOf;
  return alternatives ? alternatives.flatMap((branch) => branchesOf(branch, client)) : [resolved];
}

function fieldsOf(schema: Schema, client: OpenApiClient): string[] {
  return branchesOf(schema, client).flatMap((branch) => Object.keys(branch.properties ?? {}));
}

function assertDeclared(used: string[], declared: Set<string>, where: string): void {
  const undeclared = used.filter((name) => !declared.has(name));
  if (undeclared.length > 0) throw new Error(`${where}: undeclared ${undeclared.join(", ")}`);
}
