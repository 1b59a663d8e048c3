import { revokeFeed, rotateFeed } from "@/lib/calendar-feed/manage-feed";
import { route } from "@/lib/http/route";

// POST: create the private calendar feed or give it a new URL. DELETE: remove it.
export const POST = route({ auth: ["PRACTITIONER", "SECRETARY"] }, ({ user }) => rotateFeed(user));

export const DELETE = route({ auth: ["PRACTITIONER", "SECRETARY"] }, ({ user }) =>
  revokeFeed(user),
);
