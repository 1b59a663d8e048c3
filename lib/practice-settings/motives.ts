import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/session";
import { AppError, fieldError } from "@/lib/errors";
import { requireCalendar } from "@/lib/practice-access/calendar-access";
import type { MotiveAudience } from "./limits";
import {
  countOwnLocations,
  findMotives,
  insertMotive,
  updateMotive,
  writeMotiveOrder,
  type MotiveRow,
} from "./queries";
import type { MotiveInput, MotivePatch } from "./schemas";
import { audienceFlags, audienceOf } from "./weekly-ranges";

// The practitioner's motives: created, changed, reordered and deactivated, never deleted
// (appointments keep pointing at them; the foreign key refuses a delete anyway).

export type MotiveView = {
  id: string;
  name: string;
  durationMinutes: number;
  color: string;
  audience: MotiveAudience;
  teleconsultation: boolean;
  active: boolean;
  position: number;
  /** Practices where it is offered; empty: all of them. */
  locationIds: string[];
};

export async function listMotives(actor: Actor): Promise<MotiveView[]> {
  const { practitionerId } = await requireCalendar(actor, "settings");
  return (await findMotives(practitionerId)).map(toMotiveView);
}

export async function createMotive(actor: Actor, input: MotiveInput): Promise<MotiveView> {
  const { practitionerId } = await requireCalendar(actor, "settings", input.practitionerId);
  await assertOwnLocations(practitionerId, input.locationIds);
  const { audience, locationIds, name, durationMinutes, color, teleconsultation } = input;
  const row = await insertMotive(practitionerId, {
    name,
    durationMinutes,
    color,
    teleconsultation,
    ...audienceFlags(audience),
    locationIds: [...new Set(locationIds)],
  });
  return toMotiveView(row);
}

/** Changes what the patch names; `position` moves the motive to that place in the list. */
export async function changeMotive(
  actor: Actor,
  id: string,
  patch: MotivePatch,
): Promise<MotiveView> {
  const { practitionerId } = await requireCalendar(actor, "settings");
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND");
  const { audience, locationIds, position, ...fields } = patch;
  if (locationIds) await assertOwnLocations(practitionerId, locationIds);
  const row = await updateMotive(practitionerId, id, {
    ...fields,
    ...(audience && audienceFlags(audience)),
    ...(locationIds && { locationIds: [...new Set(locationIds)] }),
  });
  if (!row) throw new AppError("NOT_FOUND");
  if (position === undefined) return toMotiveView(row);
  const order = (await findMotives(practitionerId)).map((motive) => motive.id);
  const reordered = order.filter((motiveId) => motiveId !== id);
  reordered.splice(Math.min(position, reordered.length), 0, id);
  await writeMotiveOrder(practitionerId, reordered);
  return toMotiveView({ ...row, position: reordered.indexOf(id) });
}

async function assertOwnLocations(practitionerId: string, locationIds: readonly string[]) {
  const distinct = [...new Set(locationIds)];
  if ((await countOwnLocations(practitionerId, distinct)) !== distinct.length) {
    throw fieldError("locationIds", "practiceSettings.validation.location");
  }
}

function toMotiveView(row: MotiveRow): MotiveView {
  const { locations, allowNewPatients, allowReturning, ...rest } = row;
  return {
    ...rest,
    audience: audienceOf({ allowNewPatients, allowReturning }),
    locationIds: locations.map((location) => location.locationId),
  };
}
