import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/session";
import { inTransaction } from "@/lib/db-transaction";
import { AppError, fieldError, sqlStateOf } from "@/lib/errors";
import { notifyAppointment } from "@/lib/notifications/notify-appointment";
import { calendarsOf, requireCalendar } from "@/lib/practice-access/calendar-access";
import { recipientOfPatient, toAppointmentNotice, type Recipient } from "../appointment-notice";
import type { AppointmentRecord } from "../appointment-view";
import { findReplay, hashRequest, type StoredResponse } from "../idempotency";
import { toNewAppointment } from "../new-appointment";
import { insertAppointment } from "../queries";
import {
  toPracticeAppointmentView,
  type PracticeAppointmentView,
} from "./practice-appointment-view";
import { practiceTimeTakenError, requirePracticeTime } from "./practice-time";
import {
  findMotiveOwner,
  findOwnPatient,
  findPracticeBookingContext,
  insertPracticePatient,
  type NewPracticePatient,
} from "./queries";
import { recordUpdate } from "./record-update";
import type { NewPatientInput, PracticeBookingInput } from "./schemas";

export type PracticeBookingResponse = StoredResponse<{ appointment: PracticeAppointmentView }> & {
  replayed: boolean;
};

type Person = AppointmentRecord["patient"] & { recipient: Recipient | null };

/**
 * Books a patient on the phone: one of the practitioner's own patients, or a new record
 * without an account kept by this practice, at any free time inside opening hours, for an
 * active motive of theirs. The insert goes through the same statement as online booking
 * (advisory lock, exclusion constraint), so a race with patients online leaves exactly one
 * appointment; the new record, the appointment, its confirmation mail and the access-log
 * entry are written together or not at all.
 */
export async function bookByPractice(
  actor: Actor,
  input: PracticeBookingInput,
  { idempotencyKey, now = new Date() }: { idempotencyKey?: string; now?: Date } = {},
): Promise<PracticeBookingResponse> {
  const practitionerId = await motivePractitioner(actor, input.motiveId);
  const requestHash = hashRequest([
    "practice-book",
    input.motiveId,
    input.startsAt,
    input.practiceId ?? "",
    input.patientId ?? JSON.stringify(input.newPatient),
  ]);
  const replay = async () => {
    if (idempotencyKey === undefined) return null;
    const earlier = await findReplay<PracticeBookingResponse["body"]>(
      actor.id,
      idempotencyKey,
      requestHash,
    );
    return earlier && { ...earlier, replayed: true };
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const context = await findPracticeBookingContext(practitionerId);
  if (!context) throw new AppError("NOT_FOUND");
  const locations = context.locations.map(({ location }) => location);
  if (input.practiceId && !locations.some((location) => location.id === input.practiceId)) {
    throw new AppError("NOT_FOUND");
  }
  const person = input.newPatient
    ? newPerson(input.newPatient)
    : await ownPatient(practitionerId, input.patientId!);
  const query = {
    practitionerId,
    motiveId: input.motiveId,
    startsAt: input.startsAt,
    now,
    locationId: input.practiceId,
  };
  const offered = await requirePracticeTime(query);
  const motive = context.motives.find((candidate) => candidate.id === input.motiveId);
  if (!motive) throw fieldError("motiveId", "practiceBooking.errors.motiveUnknown");
  const location = locations.find((candidate) => candidate.id === offered.slot.locationId) ?? null;
  const record = {
    id: randomUUID(),
    status: "BOOKED" as const,
    startsAt: offered.slot.startsAt,
    endsAt: offered.slot.endsAt,
    rescheduledFromId: null,
    practitioner: context,
    location,
    patient: person,
    motive,
  };
  const response = { status: 201, body: { appointment: toPracticeAppointmentView(record) } };
  try {
    await inTransaction(async (tx) => {
      if (input.newPatient) {
        await insertPracticePatient(
          tx,
          newPatientRecord(person.id, practitionerId, input.newPatient),
        );
      }
      const idempotency = idempotencyKey
        ? { key: idempotencyKey, requestHash, response }
        : undefined;
      await insertAppointment(tx, toNewAppointment(record, offered, actor.id, idempotency));
      if (person.recipient) {
        const notice = toAppointmentNotice(record, person.recipient, {
          rootId: record.id,
          sequence: 0,
        });
        await notifyAppointment(tx, "confirmation", notice, now);
      }
      await recordUpdate(tx, {
        actorId: actor.id,
        patientId: person.id,
        practitionerId,
        appointmentId: record.id,
      });
    });
  } catch (error) {
    // The time went meanwhile (23P01), maybe to a parallel retry of this very request
    // (23505 on the key): that request's answer is this one's, else a 409 with other times.
    const sqlState = sqlStateOf(error);
    if (sqlState !== "23P01" && sqlState !== "23505") throw error;
    const raced = await replay();
    if (raced) return raced;
    throw await practiceTimeTakenError(query);
  }
  return { ...response, replayed: false };
}

/**
 * The practitioner whose agenda gets the booking: the owner of the motive, among the
 * agendas the actor works in (unknown motive: 422); they must be allowed to book there.
 */
async function motivePractitioner(actor: Actor, motiveId: string): Promise<string> {
  const calendars = await calendarsOf(actor);
  if (calendars.length === 0) throw new AppError("NOT_FOUND");
  const owner = await findMotiveOwner(
    calendars.map((calendar) => calendar.practitionerId),
    motiveId,
  );
  if (!owner) throw fieldError("motiveId", "practiceBooking.errors.motiveUnknown");
  await requireCalendar(actor, "manage", owner.practitionerId);
  return owner.practitionerId;
}

/** One of this practitioner's own patients; anyone else's is not found. */
async function ownPatient(practitionerId: string, patientId: string): Promise<Person> {
  const patient = await findOwnPatient(practitionerId, patientId);
  if (!patient) throw new AppError("NOT_FOUND");
  return { ...patient, recipient: recipientOfPatient(patient) };
}

function newPerson(input: NewPatientInput): Person {
  return {
    id: randomUUID(),
    firstName: input.firstName,
    lastName: input.lastName,
    relationship: "SELF",
    recipient: recipientOfPatient({ owner: null, email: input.email ?? null }),
  };
}

function newPatientRecord(
  id: string,
  practitionerId: string,
  input: NewPatientInput,
): NewPracticePatient {
  return {
    id,
    createdByPractitionerId: practitionerId,
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate ? new Date(input.birthDate) : null,
    phone: input.phone ?? null,
    email: input.email ?? null,
  };
}
