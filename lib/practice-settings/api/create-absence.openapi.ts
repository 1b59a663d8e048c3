import { z } from "zod";
import { defineOperation } from "@/lib/openapi/operation";
import { absenceInputSchema } from "../schemas";
import { appointmentTimeSchema, createdAbsenceResponseSchema } from "./settings-schemas";

export const createAbsenceOperation = defineOperation({
  method: "post",
  path: "/api/v1/practitioner/absences",
  operationId: "createAbsence",
  tag: "Practice",
  summary: "Add an absence or blocked time: no online slot in that period",
  description:
    "When appointments are booked in the period, say what becomes of them with cancelAppointments (true: cancelled, each patient gets a neutral mail naming neither motive nor specialty; false: kept). Without it, the answer is 409 with their list and nothing is saved.",
  session: true,
  body: absenceInputSchema,
  response: { status: 201, description: "Created", schema: createdAbsenceResponseSchema },
  errors: {
    403: "A secretary who may only view this agenda",
    409: {
      description: "Appointments are booked in the period and cancelAppointments was left out",
      schema: z.object({
        error: z.object({
          code: z.literal("CONFLICT"),
          message: z.string(),
          appointments: z.array(appointmentTimeSchema),
          timeZone: z.string(),
        }),
      }),
    },
  },
});
