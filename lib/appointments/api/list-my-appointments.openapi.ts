import { defineOperation } from "@/lib/openapi/operation";
import { myAppointmentsResponseSchema } from "./appointment-schemas";

export const listMyAppointmentsOperation = defineOperation({
  method: "get",
  path: "/api/v1/me/appointments",
  operationId: "listMyAppointments",
  tag: "Appointments",
  summary: "The appointments of the account holder and their relatives",
  session: true,
  response: {
    status: 200,
    description: "Upcoming and past appointments",
    schema: myAppointmentsResponseSchema,
  },
});
