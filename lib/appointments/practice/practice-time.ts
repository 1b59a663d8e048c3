import "server-only";
import {
  checkPracticeTime,
  getNextPracticeTimes,
  type PracticeTimeAnswer,
} from "@/lib/availability/get-practice-times";
import type { Slot } from "@/lib/availability/types";
import { AppError, fieldError } from "@/lib/errors";
import { SlotTakenError } from "../slot-taken";

// The time the practice asks for, checked the way it may book (any free time inside
// opening hours), and what a refusal means for its form or API call.

export type PracticeTimeQuery = {
  practitionerId: string;
  motiveId: string;
  startsAt: Date;
  now: Date;
  locationId?: string;
  /** The appointment being moved does not block its own new time. */
  ignoreAppointmentId?: string;
};

/** The free time at `startsAt`, or the error saying why not (409 with other times if taken). */
export async function requirePracticeTime(
  query: PracticeTimeQuery,
): Promise<{ slot: Slot; blockedUntil: Date }> {
  const check: PracticeTimeAnswer = await checkPracticeTime(query);
  if (check.ok) return check;
  switch (check.reason) {
    case "TAKEN":
      throw await practiceTimeTakenError(query);
    case "MOTIVE_UNAVAILABLE":
      throw fieldError("motiveId", "practiceBooking.errors.motiveUnknown");
    default:
      throw new AppError("SLOT_UNAVAILABLE", {
        messageKey: `practiceBooking.refusals.${check.reason}`,
      });
  }
}

/** A 409 offering the next free times from the one asked for. */
export async function practiceTimeTakenError(query: PracticeTimeQuery): Promise<SlotTakenError> {
  const slots = await getNextPracticeTimes({ ...query, after: query.startsAt });
  return new SlotTakenError(
    slots.map((slot) => ({
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
    })),
  );
}
