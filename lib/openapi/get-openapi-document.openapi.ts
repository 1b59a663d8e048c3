import { z } from "zod";
import { defineOperation } from "./operation";

export const getOpenApiDocumentOperation = defineOperation({
  method: "get",
  path: "/api/v1/openapi.json",
  operationId: "getOpenApiDocument",
  tag: "Meta",
  summary: "This OpenAPI 3.1 document",
  session: false,
  response: {
    status: 200,
    description: "The document",
    schema: z.record(z.string(), z.unknown()),
  },
});
