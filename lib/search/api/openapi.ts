import { z } from "zod";
import { appointmentApiPaths } from "@/lib/appointments/api-contract";
import { API_OPERATIONS, errorResponseSchema, type ApiOperation } from "./contract";

// The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the handlers
// parse with (JSON Schema 2020-12 is OpenAPI 3.1's own dialect). Pure.

type JsonSchema = Record<string, unknown>;

// Parameters are read as their input (what a client sends), responses as their output.
function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json: JsonSchema = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  delete json.$schema;
  return json;
}

function parameters(operation: ApiOperation): JsonSchema[] {
  const list = (where: "path" | "query", shape: Record<string, z.ZodType>) =>
    Object.entries(shape).map(([name, schema]) => {
      const { description, ...json } = schemaOf(schema, "input");
      return {
        name,
        in: where,
        required: where === "path" || !schema.safeParse(undefined).success,
        ...(typeof description === "string" && { description }),
        schema: json,
      };
    });
  return [
    ...list("path", operation.pathParameters ?? {}),
    ...list("query", operation.queryParameters),
  ];
}

const errorContent = { "application/json": { schema: { $ref: "#/components/schemas/Error" } } };

function responses(operation: ApiOperation): JsonSchema {
  return {
    200: {
      description: "Succès",
      content: { "application/json": { schema: schemaOf(operation.response, "output") } },
    },
    400: {
      description: "Paramètre inconnu (les paramètres non documentés sont refusés)",
      content: errorContent,
    },
    ...(operation.pathParameters && {
      404: { description: "Praticien introuvable (ou non vérifié)", content: errorContent },
    }),
    422: {
      description: "Paramètre invalide ; error.fields détaille chaque paramètre",
      content: errorContent,
    },
    500: {
      description: "Erreur inattendue (error.reference pour le support)",
      content: errorContent,
    },
  };
}

export function buildOpenApiDocument(): JsonSchema {
  return {
    openapi: "3.1.0",
    info: {
      title: "Praxis — API publique",
      version: "1.0.0",
      description:
        "Recherche de praticiens, profils publics et créneaux libres (sans authentification), rendez-vous (session requise). Les erreurs ont la forme { error: { code, message, fields? } }. Aucune valeur de recherche n’est journalisée.",
    },
    paths: {
      ...Object.fromEntries(
        API_OPERATIONS.map((operation) => [
          operation.path,
          {
            get: {
              summary: operation.summary,
              ...("description" in operation && { description: operation.description }),
              parameters: parameters(operation),
              responses: responses(operation),
            },
          },
        ]),
      ),
      // Booking and the patient's appointments (session required), declared beside their handlers.
      ...appointmentApiPaths(),
    },
    components: { schemas: { Error: schemaOf(errorResponseSchema, "output") } },
  };
}
