import "server-only";
import { randomUUID } from "node:crypto";
import { checkRequestedSlot } from "@/lib/availability/get-availability";
import { AppError } from "@/lib/errors";
import { appointmentMail } from "@/lib/notifications/notify-appointment";
import { assertPatientArea } from "@/lib/patients/assert-patient-area";
import type { Actor } from "@/lib/patients/policy";
import { toAppointmentNotice } from "./appointment-notice";
import {
  toAppointmentView,
  type AppointmentRecord,
  type AppointmentView,
} from "./appointment-view";
import { findReplay, hashRequest, replayOf, type StoredResponse } from "./idempotency";
import { toNewAppointment } from "./new-appointment";
import { slotRefusal } from "./policy";
import { findBookingState, insertAppointmentWithMail, sqlStateOf, withRetries } from "./queries";
import type { BookAppointmentInput } from "./schemas";
import { slotTakenError } from "./slot-taken";

export type BookingResponse = StoredResponse<{ appointment: AppointmentView }> & {
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
};

/**
 * Books a slot for the account holder or one of their relatives. The engine must offer the
 * start (hours, grid, notice, horizon, absences, buffers, motive rules); the database's
 * exclusion constraint is what makes a double booking impossible when two requests race.
 */
export async function bookAppointment(
  actor: Actor,
  input: BookAppointmentInput,
  idempotencyKey: string,
  now = new Date(),
): Promise<BookingResponse> {
  assertPatientArea(actor);
  const { practitionerId, motiveId, patientId, startsAt } = input;
  const requestHash = hashRequest([practitionerId, motiveId, patientId, startsAt]);
  const { context, stored } = await findBookingState({
    ownerId: actor.id,
    ...input,
    now,
    idempotencyKey,
  });
  const earlier = replayOf<BookingResponse["body"]>(stored, requestHash);
  if (earlier) return { ...earlier, replayed: true };
  // Someone else's relative, an unknown practitioner or a motive of another one: 404 alike.
  if (!context) throw new AppError("NOT_FOUND");
  const { isReturningPatient } = context;
  const taken = () =>
    slotTakenError({ practitionerId, motiveId, after: startsAt, now, isReturningPatient });

  const check = await checkRequestedSlot({
    practitionerId,
    motiveId,
    startsAt,
    now,
    isReturningPatient,
  });
  if (!check.ok) {
    const refusal = slotRefusal(check.reason);
    if (refusal.code === "SLOT_TAKEN") throw await taken();
    throw new AppError(refusal.code, { message: refusal.message });
  }

  const record: AppointmentRecord = {
    id: randomUUID(),
    status: "BOOKED",
    startsAt: check.slot.startsAt,
    endsAt: check.slot.endsAt,
    rescheduledFromId: null,
    practitioner: context.practitioner,
    location: context.locations.find((location) => location.id === check.slot.locationId) ?? null,
    patient: context.patient,
    motive: context.motive,
  };
  const response = { status: 201, body: { appointment: toAppointmentView(record) } };
  const notice = toAppointmentNotice(record, context.ownerEmail, {
    rootId: record.id,
    sequence: 0,
  });
  try {
    await withRetries(() =>
      insertAppointmentWithMail(
        toNewAppointment(record, check, actor.id, { key: idempotencyKey, requestHash, response }),
        appointmentMail("confirmation", notice, now),
      ),
    );
  } catch (error) {
    const sqlState = sqlStateOf(error);
    // The same key raced in from a parallel retry: that request's answer is this one's.
    const raced =
      sqlState === "23505"
        ? await findReplay<BookingResponse["body"]>(actor.id, idempotencyKey, requestHash)
        : null;
    if (raced) return { ...raced, replayed: true };
    if (sqlState === "23P01") throw await taken();
    throw error;
  }
  return { ...response, replayed: false };
}
