import { route } from "@/lib/http/route";
import { getWeeklyHours } from "@/lib/practice-settings/get-weekly-hours";
import { saveWeeklyHours } from "@/lib/practice-settings/save-weekly-hours";
import { weeklyHoursInputSchema } from "@/lib/practice-settings/schemas";

const STAFF = ["PRACTITIONER", "SECRETARY"] as const;

export const GET = route({ auth: STAFF }, ({ user }) => getWeeklyHours(user));

export const PUT = route(
  { auth: STAFF, body: weeklyHoursInputSchema, maxBodyBytes: 16 * 1024 },
  ({ user, body }) => saveWeeklyHours(user, body),
);
