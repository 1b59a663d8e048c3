import { route } from "@/lib/http/route";
import { getBookingRules, saveBookingRules } from "@/lib/practice-settings/booking-rules";
import { bookingRulesSchema } from "@/lib/practice-settings/schemas";

const STAFF = ["PRACTITIONER", "SECRETARY"] as const;

export const GET = route({ auth: STAFF }, ({ user }) => getBookingRules(user));

export const PUT = route({ auth: STAFF, body: bookingRulesSchema }, ({ user, body }) =>
  saveBookingRules(user, body),
);
