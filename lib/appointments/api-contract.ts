import { z } from "zod";
import { AppointmentStatus } from "@/lib/generated/prisma/enums";
import {
  bookAppointmentInputSchema,
  IDEMPOTENCY_KEY_PATTERN,
  rescheduleAppointmentInputSchema,
} from "./schemas";

// The appointment part of /api/v1, declared once: the handlers parse with the input schemas,
// integration tests check every answer against these response schemas, and the OpenAPI
// document (lib/search/api/openapi.ts) includes the paths built here. Client-safe.

type JsonSchema = Record<string, unknown>;

const instant = z.string().describe("Instant ISO 8601 (UTC)");
const status = z.enum(AppointmentStatus);

export const appointmentSchema = z.strictObject({
  id: z.uuid(),
  status,
  startsAt: instant,
  endsAt: instant,
  timeZone: z.string().describe("Fuseau IANA du praticien : les heures s’affichent dans celui-ci"),
  changeableUntil: instant.describe("Annulation ou déplacement en ligne possible jusqu’à"),
  rescheduledFromId: z.uuid().nullable(),
  practitioner: z.strictObject({ id: z.uuid(), slug: z.string(), name: z.string() }),
  location: z
    .strictObject({ address: z.string(), postcode: z.string(), city: z.string() })
    .nullable(),
  patient: z.strictObject({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    isAccountHolder: z.boolean(),
  }),
  motive: z.strictObject({ id: z.uuid(), name: z.string() }),
});

export const appointmentResponseSchema = z.strictObject({ appointment: appointmentSchema });

export const myAppointmentsResponseSchema = z.strictObject({
  upcoming: z.array(appointmentSchema).describe("Réservés et à venir, le plus proche d’abord"),
  past: z.array(appointmentSchema).describe("Passés ou annulés, le plus récent d’abord"),
});

export const slotTakenResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.literal("SLOT_TAKEN"),
    message: z.string(),
    nextSlots: z.array(z.strictObject({ startsAt: instant, endsAt: instant })),
  }),
});

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const json: JsonSchema = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  delete json.$schema;
  return json;
}

const json = (schema: z.ZodType, io: "input" | "output" = "output") => ({
  "application/json": { schema: schemaOf(schema, io) },
});
const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const idParameter = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", format: "uuid" },
};
const common = {
  401: error("Session requise (cookie de session de Praxis)"),
  403: error("Requête d’un autre site refusée"),
  500: error("Erreur inattendue (error.reference pour le support)"),
};
const changing = {
  ...common,
  404: error("Rendez-vous introuvable, ou d’un autre compte"),
  409: error("CANCELLATION_TOO_LATE (délai du praticien passé) ou CONFLICT (plus réservé)"),
};

function idempotencyKeyParameter(required: boolean) {
  return {
    name: "Idempotency-Key",
    in: "header",
    required,
    description: "Choisie par le client, unique par tentative, propre au compte",
    schema: { type: "string", pattern: IDEMPOTENCY_KEY_PATTERN.source },
  };
}

/** The appointment operations, as OpenAPI 3.1 path items. */
export function appointmentApiPaths(): Record<string, JsonSchema> {
  return {
    "/api/v1/appointments": {
      post: {
        summary: "Prendre rendez-vous (pour soi ou un proche du compte)",
        description:
          "Idempotent : une nouvelle tentative avec la même clé et le même corps reçoit la même réponse (en-tête Idempotent-Replayed) sans second rendez-vous ; la même clé avec un autre corps reçoit 422.",
        parameters: [idempotencyKeyParameter(true)],
        requestBody: { required: true, content: json(bookAppointmentInputSchema, "input") },
        responses: {
          201: { description: "Rendez-vous réservé", content: json(appointmentResponseSchema) },
          400: error("Idempotency-Key absente ou invalide, ou corps qui n’est pas du JSON"),
          ...common,
          404: error("Praticien, motif ou patient introuvable (ou d’un autre compte)"),
          409: { description: "SLOT_TAKEN : créneau pris", content: json(slotTakenResponseSchema) },
          413: error("Corps trop volumineux"),
          415: error("Content-Type autre que application/json"),
          422: error(
            "Corps invalide (error.fields), créneau non proposé (SLOT_UNAVAILABLE) ou clé déjà utilisée pour un autre corps (IDEMPOTENCY_KEY_REUSED)",
          ),
        },
      },
    },
    "/api/v1/appointments/{id}/cancel": {
      post: {
        summary: "Annuler un rendez-vous, jusqu’au délai d’annulation du praticien",
        parameters: [idParameter],
        responses: {
          200: { description: "Rendez-vous annulé", content: json(appointmentResponseSchema) },
          ...changing,
        },
      },
    },
    "/api/v1/appointments/{id}/reschedule": {
      post: {
        summary: "Déplacer un rendez-vous (même motif) en une seule transaction",
        description:
          "Avec une Idempotency-Key, une nouvelle tentative d’un déplacement réussi reçoit la même réponse (en-tête Idempotent-Replayed) ; la même clé avec un autre créneau reçoit 422.",
        parameters: [idParameter, idempotencyKeyParameter(false)],
        requestBody: { required: true, content: json(rescheduleAppointmentInputSchema, "input") },
        responses: {
          201: {
            description: "Nouveau rendez-vous ; l’ancien est annulé",
            content: json(appointmentResponseSchema),
          },
          ...changing,
          409: {
            description:
              "SLOT_TAKEN (avec les prochains créneaux libres), CANCELLATION_TOO_LATE ou CONFLICT",
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    schemaOf(slotTakenResponseSchema, "output"),
                    { $ref: "#/components/schemas/Error" },
                  ],
                },
              },
            },
          },
          413: error("Corps trop volumineux"),
          415: error("Content-Type autre que application/json"),
          400: error("Idempotency-Key invalide, ou corps qui n’est pas du JSON"),
          422: error(
            "Corps invalide, créneau non proposé (SLOT_UNAVAILABLE) ou clé déjà utilisée pour une autre demande (IDEMPOTENCY_KEY_REUSED)",
          ),
        },
      },
    },
    "/api/v1/me/appointments": {
      get: {
        summary: "Mes rendez-vous et ceux de mes proches",
        responses: {
          200: { description: "Succès", content: json(myAppointmentsResponseSchema) },
          ...common,
        },
      },
    },
  };
}
