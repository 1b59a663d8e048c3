import "server-only";
import { randomUUID } from "node:crypto";
import { checkRequestedSlotAlong } from "@/lib/availability/get-availability";
import { cellOf } from "@/lib/campaigns/counter-tally";
import { countedEntry } from "@/lib/campaigns/funnel";
import { withRetries } from "@/lib/db-transaction";
import { AppError, sqlStateOf } from "@/lib/errors";
import { asLocale } from "@/lib/i18n/locales";
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
import { bookingStateSql, insertAppointmentWithMail, toBookingState } from "./queries";
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
 * `campaign`: the slug the booking page's address carried (syntax checked), counted as a
 * completed booking in the booking's statement when that campaign is running.
 */
export async function bookAppointment(
  actor: Actor,
  input: BookAppointmentInput,
  idempotencyKey: string,
  now = new Date(),
  campaign: string | null = null,
): Promise<BookingResponse> {
  assertPatientArea(actor);
  const { practitionerId, motiveId, patientId, startsAt } = input;
  const requestHash = hashRequest([practitionerId, motiveId, patientId, startsAt]);
  // Context, earlier answer under this key and the practitioner's calendar: one statement.
  const { row, check: checkSlot } = await checkRequestedSlotAlong(
    { practitionerId, motiveId, startsAt, now },
    bookingStateSql({ ownerId: actor.id, ...input, now, idempotencyKey }),
  );
  const { context, stored } = toBookingState(row);
  const earlier = replayOf<BookingResponse["body"]>(stored, requestHash);
  if (earlier) return { ...earlier, replayed: true };
  // Someone else's relative, an unknown practitioner or a motive of another one: 404 alike.
  if (!context) throw new AppError("NOT_FOUND");
  const { isReturningPatient } = context;
  // The slot went meanwhile, maybe to a parallel retry of this very request (same key):
  // then that request's answer is this one's, else a 409 with the next free slots.
  const replayOrTaken = async (): Promise<BookingResponse> => {
    const raced = await findReplay<BookingResponse["body"]>(actor.id, idempotencyKey, requestHash);
    if (raced) return { ...raced, replayed: true };
    throw await slotTakenError({
      practitionerId,
      motiveId,
      after: startsAt,
      now,
      isReturningPatient,
    });
  };

  const check = checkSlot(isReturningPatient);
  if (!check.ok) {
    const refusal = slotRefusal(check.reason);
    if (refusal.code === "SLOT_TAKEN") return replayOrTaken();
    throw new AppError(refusal.code, { messageKey: refusal.messageKey });
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
  const recipient = { email: context.ownerEmail, locale: asLocale(context.ownerLocale) };
  const notice = toAppointmentNotice(record, recipient, {
    rootId: record.id,
    sequence: 0,
  });
  try {
    await withRetries(() =>
      insertAppointmentWithMail(
        toNewAppointment(record, check, actor.id, { key: idempotencyKey, requestHash, response }),
        appointmentMail("confirmation", notice, now),
        campaign ? cellOf(countedEntry(campaign, "BOOKING_COMPLETED", now)) : null,
      ),
    );
  } catch (error) {
    // 23P01: the slot (or its buffer) went meanwhile; 23505: a retry wrote first under this key.
    const sqlState = sqlStateOf(error);
    if (sqlState === "23P01" || sqlState === "23505") return replayOrTaken();
    throw error;
  }
  return { ...response, replayed: false };
}
