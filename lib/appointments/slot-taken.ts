import "server-only";
import { getAvailability } from "@/lib/availability/get-availability";
import { AppError } from "@/lib/errors";
import { MS_PER_DAY } from "@/lib/utils/zoned-time";

// A 409 that helps: the requested slot is gone, here are the next free ones.

export type SlotOption = { startsAt: string; endsAt: string };

export class SlotTakenError extends AppError {
  constructor(readonly nextSlots: SlotOption[]) {
    super("SLOT_TAKEN", { details: { nextSlots } });
  }
}

const LOOK_AHEAD_DAYS = 14;
const NEXT_SLOT_COUNT = 5;

export async function slotTakenError(request: {
  practitionerId: string;
  motiveId: string;
  after: Date;
  now: Date;
  isReturningPatient: boolean;
}): Promise<SlotTakenError> {
  const [availability] = await getAvailability({
    practitionerIds: [request.practitionerId],
    motiveId: request.motiveId,
    isReturningPatient: request.isReturningPatient,
    from: request.after,
    to: new Date(request.after.getTime() + LOOK_AHEAD_DAYS * MS_PER_DAY),
    now: request.now,
  });
  const slots = (availability?.slots ?? []).slice(0, NEXT_SLOT_COUNT);
  return new SlotTakenError(
    slots.map((slot) => ({
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
    })),
  );
}
