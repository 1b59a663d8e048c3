import { z } from "zod";
import { Relationship } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/locales";
import { defineOperation } from "@/lib/openapi/operation";

const person = z.object({
  id: z.uuid().describe("patientId when booking for this person"),
  relationship: z.enum(Relationship).describe("SELF for the account holder"),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable().describe("YYYY-MM-DD"),
});

export const meResponseSchema = z.strictObject({
  id: z.uuid().describe("The account's id"),
  email: z.string(),
  language: z.enum(LOCALES).describe("The language of the account's mails and calendar files"),
  holder: person.nullable().describe("The account holder; null until their profile exists"),
  relatives: z.array(person).describe("The relatives the account books for"),
});

export const getMeOperation = defineOperation({
  method: "get",
  path: "/api/v1/me",
  operationId: "getMe",
  tag: "Account",
  summary: "The signed-in account, its holder and their relatives",
  description:
    "The documented way to find the patientId to book for: the holder's id or a relative's.",
  session: true,
  response: { status: 200, description: "The account", schema: meResponseSchema },
  errors: { 404: "Not a patient account (staff accounts have no patient area)" },
});
