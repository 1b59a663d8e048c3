import { errorResponseSchema, jsonSchemaOf, type ApiOperation } from "./operation";
import { API_OPERATIONS } from "./operations";

// The OpenAPI 3.1 document of /api/v1, generated from the operations' zod schemas (JSON
// Schema 2020-12 is OpenAPI 3.1's own dialect). Pure.

type Json = Record<string, unknown>;

const ERROR_REF = { $ref: "#/components/schemas/Error" };
const errorAnswer = (description: string) => ({
  description,
  content: { "application/json": { schema: ERROR_REF } },
});
const jsonContent = (schema: Json, type = "application/json") => ({ [type]: { schema } });

function parameters(operation: ApiOperation): Json[] {
  const list = (where: "path" | "query", schema: ApiOperation["params"]) =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => {
      const { description, ...json } = jsonSchemaOf(field, "input");
      return {
        name,
        in: where,
        required: where === "path" || !field.safeParse(undefined).success,
        ...(typeof description === "string" && { description }),
        schema: json,
      };
    });
  const headers = Object.entries(operation.headers ?? {}).map(([name, header]) => ({
    name,
    in: "header",
    required: header.required,
    description: header.description,
    schema: jsonSchemaOf(header.schema, "input"),
  }));
  return [...list("path", operation.params), ...list("query", operation.query), ...headers];
}

// What the route wrapper (lib/http/route.ts) may answer for an operation of this shape.
function commonErrors(operation: ApiOperation): Record<number, string> {
  const errors: Record<number, string> = {};
  if (operation.query) errors[400] = "Unknown query parameter (undocumented ones are refused)";
  if (operation.body) errors[400] = "Body is not valid JSON";
  if (operation.session) errors[401] = "Sign-in required (Praxis session cookie)";
  if (operation.method !== "get") errors[403] = "Request sent by another site (Origin check)";
  if (operation.params) errors[404] = "Nothing at this address (or not yours)";
  if (operation.body) {
    errors[413] = "Body too large";
    errors[415] = "Content-Type is not application/json";
  }
  if (operation.query || operation.body) {
    errors[422] = "Invalid input; error.fields names each invalid field";
  }
  errors[500] = "Unexpected error (error.reference for support)";
  return errors;
}

function responses(operation: ApiOperation): Json {
  const answers: Json = {
    [operation.response.status]: {
      description: operation.response.description,
      content: jsonContent(
        jsonSchemaOf(operation.response.schema, "output"),
        operation.response.contentType,
      ),
    },
  };
  for (const [status, description] of Object.entries(commonErrors(operation))) {
    answers[status] = errorAnswer(description);
  }
  for (const [status, error] of Object.entries(operation.errors ?? {})) {
    if (!error) continue;
    answers[status] =
      typeof error === "string"
        ? errorAnswer(error)
        : {
            description: error.description,
            content: jsonContent(jsonSchemaOf(error.schema, "output")),
          };
  }
  return answers;
}

function operationObject(operation: ApiOperation): Json {
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(operation.description && { description: operation.description }),
    ...(operation.session && { security: [{ session: [] }] }),
    parameters: parameters(operation),
    ...(operation.body && {
      requestBody: {
        required: true,
        content: jsonContent(jsonSchemaOf(operation.body, "input")),
      },
    }),
    responses: responses(operation),
  };
}

export function buildOpenApiDocument(operations: readonly ApiOperation[] = API_OPERATIONS): Json {
  const paths: Record<string, Json> = {};
  for (const operation of operations) {
    (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Praxis public API",
      version: "1.0.0",
      description:
        "Search practitioners, read their public profiles and free slots (no authentication), then book, list, reschedule and cancel appointments for yourself or a relative (session required; GET /api/v1/me gives the patientId to book for). Errors have the shape { error: { code, message, fields? } }. No search value is ever logged.",
    },
    tags: [
      { name: "Search", description: "Public: no session needed" },
      { name: "Appointments", description: "The signed-in account's appointments" },
      { name: "Account", description: "The signed-in account" },
      {
        name: "Practice",
        description:
          "A practitioner's agenda and settings, for the practitioner and their secretaries: session of a PRACTITIONER or SECRETARY; other roles get 404, as for an agenda they do not work in",
      },
      { name: "Admin", description: "Admins only: measurement campaigns and their figures" },
      { name: "Meta", description: "This document" },
    ],
    paths,
    components: {
      schemas: { Error: jsonSchemaOf(errorResponseSchema, "output") },
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "__Host-praxis.session",
          description:
            "The session cookie set by signing in on Praxis (praxis.session under next dev).",
        },
      },
    },
  };
}
