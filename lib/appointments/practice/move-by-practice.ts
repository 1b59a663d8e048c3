import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { AppError, sqlStateOf } from "@/lib/errors";
import { recipientOf } from "../appointment-notice";
import type { AppointmentRecord } from "../appointment-view";
import { findReplay, hashRequest } from "../idempotency";
import { replaceAppointment } from "../replace-appointment";
import { isChangeableByPractice } from "./policy";
import {
  toPracticeAppointmentView,
  type PracticeAppointmentView,
} from "./practice-appointment-view";
import { practiceTimeTakenError, requirePracticeTime } from "./practice-time";
import { findPracticeBookingContext } from "./queries";
import { reachAppointment } from "./reach-appointment";
import { recordUpdate } from "./record-update";
import type { PracticeMoveInput } from "./schemas";

export type PracticeMoveOutcome = { appointment: PracticeAppointmentView; replayed: boolean };

/**
 * Moves a booked appointment to any free time inside opening hours (same motive), through
 * the patient's own move: the new one booked and the old one cancelled in one transaction,
 * the exclusion constraint deciding races, a neutral mail to the patient. With an
 * Idempotency-Key a retry of a move that succeeded gets the same answer.
 */
export async function moveByPractice(
  actor: Actor,
  appointmentId: unknown,
  input: PracticeMoveInput,
  { idempotencyKey, now = new Date() }: { idempotencyKey?: string; now?: Date } = {},
): Promise<PracticeMoveOutcome> {
  const { row } = await reachAppointment(actor, appointmentId, "manage");
  const requestHash = hashRequest(["practice-move", row.id, input.startsAt]);
  const replay = async () => {
    if (idempotencyKey === undefined) return null;
    const earlier = await findReplay<{ appointment: PracticeAppointmentView }>(
      actor.id,
      idempotencyKey,
      requestHash,
    );
    return earlier && { appointment: earlier.body.appointment, replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  if (!isChangeableByPractice(row)) {
    throw new AppError("CONFLICT", { messageKey: "appointmentPanel.refusals.NOT_BOOKED" });
  }

  const query = {
    practitionerId: row.practitioner.id,
    motiveId: row.motive.id,
    startsAt: input.startsAt,
    now,
    ignoreAppointmentId: row.id,
  };
  const offered = await requirePracticeTime(query);
  const context = await findPracticeBookingContext(row.practitioner.id);
  const location = context?.locations.find(
    ({ location }) => location.id === offered.slot.locationId,
  );
  const record: AppointmentRecord & { location: { id: string } | null } = {
    ...row,
    id: randomUUID(),
    status: "BOOKED",
    startsAt: offered.slot.startsAt,
    endsAt: offered.slot.endsAt,
    rescheduledFromId: row.id,
    location: location?.location ?? null,
  };
  const appointment = toPracticeAppointmentView(record);
  try {
    await replaceAppointment({
      old: row,
      record,
      offered,
      actorId: actor.id,
      idempotency: idempotencyKey
        ? { key: idempotencyKey, requestHash, response: { status: 201, body: { appointment } } }
        : undefined,
      recipient: recipientOf(row),
      now,
      alongside: (tx) =>
        recordUpdate(tx, {
          actorId: actor.id,
          patientId: row.patient.id,
          practitionerId: row.practitioner.id,
          appointmentId: record.id,
        }),
    });
  } catch (error) {
    // A parallel retry with the same key may have moved it first: its answer is this one's.
    const raced = await replay();
    if (raced) return raced;
    const sqlState = sqlStateOf(error);
    if (sqlState === "23P01") throw await practiceTimeTakenError(query);
    if (sqlState === "23505") throw new AppError("CONFLICT");
    throw error;
  }
  return { appointment, replayed: false };
}
