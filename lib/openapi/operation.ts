import { z } from "zod";

/*
 * One operation of the public API (/api/v1), declared in an `*.openapi.ts` file beside the
 * zod schemas its route handler parses with, and listed in lib/openapi/operations.ts, from
 * which lib/openapi/build-document.ts generates /api/v1/openapi.json. The generator adds the
 * answers every such route can give (the wrapper's 400, 401, 403, 404, 413, 415, 422, 500),
 * so an operation lists only its success and the errors particular to it. Text in English.
 * Client-safe and pure.
 */

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

export type ApiOperation = {
  method: HttpMethod;
  path: `/api/v1/${string}`;
  operationId: string;
  tag: "Search" | "Appointments" | "Account" | "Practice" | "Admin" | "Meta";
  summary: string;
  description?: string;
  /** Needs the session cookie (401 without one). */
  session: boolean;
  params?: z.ZodObject;
  /** Every accepted query parameter; any other is refused with 400. */
  query?: z.ZodObject;
  headers?: Record<string, { required: boolean; description: string; schema: z.ZodType }>;
  body?: z.ZodType;
  response: {
    status: 200 | 201;
    description: string;
    schema: z.ZodType;
    /** What the success answers with; application/json unless said otherwise. */
    contentType?: "application/json" | "text/csv";
  };
  /** Errors particular to this operation, by status: a description or a specific body. */
  errors?: Partial<Record<number, string | { description: string; schema: z.ZodType }>>;
};

export function defineOperation<const T extends ApiOperation>(operation: T): T {
  return operation;
}

// Requests are read as their input (what a client sends), responses as their output.
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const json: Record<string, unknown> = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  });
  delete json.$schema;
  return json;
}

/** The body of every error answer (lib/errors.ts toErrorResponse). */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string().describe("Stable machine-readable code, e.g. NOT_FOUND, SLOT_TAKEN"),
    message: z.string().describe("A message safe to show the user (French for now)"),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe("On 422: the invalid fields (dotted paths) and what is wrong with each"),
    reference: z.string().optional().describe("On 500: quote it to support"),
  }),
});
