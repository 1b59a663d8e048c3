import { listMyAppointments } from "@/lib/appointments/list-my-appointments";
import { route } from "@/lib/http/route";

// GET /api/v1/me/appointments: the account's appointments, upcoming and past.
export const GET = route({ auth: "user" }, ({ user }) => listMyAppointments(user));
