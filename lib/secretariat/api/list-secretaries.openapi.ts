import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { grantViewSchema } from "../schemas";

export const secretariesResponseSchema = z.strictObject({
  secretaries: z.array(grantViewSchema).describe("Who has access to the practitioner's agenda"),
});

export const listSecretariesOperation = defineOperation({
  method: "get",
  path: "/api/v1/practitioner/secretaries",
  operationId: "listSecretaries",
  tag: "Practice",
  summary: "The secretaries with access to the signed-in practitioner's agenda",
  session: true,
  response: { status: 200, description: "The grants", schema: secretariesResponseSchema },
  errors: { 404: "Not a practitioner account" },
});
