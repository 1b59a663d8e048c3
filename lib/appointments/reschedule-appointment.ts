import "server-only";
import { randomUUID } from "node:crypto";
import { checkRequestedSlot } from "@/lib/availability/get-availability";
import { AppError, sqlStateOf } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
import { assertPatientArea, parseId } from "@/lib/patients/assert-patient-area";
import type { Actor } from "@/lib/patients/policy";
import {
  toAppointmentView,
  type AppointmentRecord,
  type AppointmentView,
} from "./appointment-view";
import { findReplay, hashRequest } from "./idempotency";
import { changeRefusal, slotRefusal } from "./policy";
import { findBookingContext, findOwnedAppointment } from "./queries";
import { replaceAppointment } from "./replace-appointment";
import type { RescheduleAppointmentInput } from "./schemas";
import { slotTakenError } from "./slot-taken";

export type RescheduleOutcome = {
  appointment: AppointmentView;
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
};

/**
 * Moves an appointment to another start offered for the same motive. The new one is booked
 * and the old one cancelled in one transaction: whatever fails, the patient keeps exactly
 * one appointment. The old slot does not block the new one (it may overlap it). With an
 * idempotency key, a retry of a move that succeeded gets the same answer instead of a
 * refusal (the old appointment is cancelled by then).
 */
export async function rescheduleAppointment(
  actor: Actor,
  appointmentId: unknown,
  input: RescheduleAppointmentInput,
  { idempotencyKey, now = new Date() }: { idempotencyKey?: string; now?: Date } = {},
): Promise<RescheduleOutcome> {
  assertPatientArea(actor);
  const id = parseId(appointmentId);
  const requestHash = hashRequest(["reschedule", id, input.startsAt]);
  const replay = async () =>
    idempotencyKey === undefined
      ? null
      : findReplay<{ appointment: AppointmentView }>(actor.id, idempotencyKey, requestHash);
  const earlier = await replay();
  if (earlier) return { appointment: earlier.body.appointment, replayed: true };
  try {
    return await moveOnce(actor, id, input, { idempotencyKey, requestHash, now, replay });
  } catch (error) {
    // A parallel retry with the same key may have moved it after our first look (this one
    // then finds it cancelled, or its new slot taken by that very move): that request's
    // answer is this one's, not a refusal.
    const raced = await replay();
    if (raced) return { appointment: raced.body.appointment, replayed: true };
    throw error;
  }
}

async function moveOnce(
  actor: Actor,
  id: string,
  input: RescheduleAppointmentInput,
  {
    idempotencyKey,
    requestHash,
    now,
    replay,
  }: {
    idempotencyKey?: string;
    requestHash: string;
    now: Date;
    replay: () => Promise<{ body: { appointment: AppointmentView } } | null>;
  },
): Promise<RescheduleOutcome> {
  const old = await findOwnedAppointment(actor.id, id);
  if (!old) throw new AppError("NOT_FOUND");
  const refusal = changeRefusal(old, old.practitioner.cancellationDeadlineHours, now);
  if (refusal) throw new AppError(refusal);

  const practitionerId = old.practitioner.id;
  const motiveId = old.motive.id;
  const context = await findBookingContext({
    ownerId: actor.id,
    practitionerId,
    patientId: old.patient.id,
    motiveId,
    now,
  });
  if (!context) throw new AppError("NOT_FOUND");
  const { isReturningPatient } = context;
  const check = await checkRequestedSlot({
    practitionerId,
    motiveId,
    startsAt: input.startsAt,
    now,
    isReturningPatient,
    ignoreAppointmentId: id,
  });
  const taken = () =>
    slotTakenError({ practitionerId, motiveId, after: input.startsAt, now, isReturningPatient });
  if (!check.ok) {
    const slotProblem = slotRefusal(check.reason);
    if (slotProblem.code === "SLOT_TAKEN") throw await taken();
    throw new AppError(slotProblem.code, { messageKey: slotProblem.messageKey });
  }

  const record: AppointmentRecord = {
    ...old,
    id: randomUUID(),
    status: "BOOKED",
    startsAt: check.slot.startsAt,
    endsAt: check.slot.endsAt,
    rescheduledFromId: id,
    location: context.locations.find((location) => location.id === check.slot.locationId) ?? null,
  };
  const appointment = toAppointmentView(record);
  const stored = { status: 201, body: { appointment } };
  try {
    await replaceAppointment({
      old,
      record,
      offered: check,
      actorId: actor.id,
      idempotency:
        idempotencyKey === undefined
          ? undefined
          : { key: idempotencyKey, requestHash, response: stored },
      recipient: { email: context.ownerEmail, locale: asLocale(context.ownerLocale) },
      now,
    });
  } catch (error) {
    // A parallel retry with the same key moved it first (this one then found it cancelled,
    // or hit the key's unique index): that request's answer is this one's.
    const raced = await replay();
    if (raced) return { appointment: raced.body.appointment, replayed: true };
    const sqlState = sqlStateOf(error);
    if (sqlState === "23P01") throw await taken();
    // Moved meanwhile by another request (rescheduled_from_id is unique).
    if (sqlState === "23505") throw new AppError("CONFLICT");
    throw error;
  }
  return { appointment, replayed: false };
}
