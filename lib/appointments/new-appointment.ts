import "server-only";
import type { Slot } from "@/lib/availability/types";
import type { AppointmentRecord } from "./appointment-view";
import { toStoredRecord, type StoredResponse } from "./idempotency";
import type { NewAppointment } from "./queries";

/** The row to write for a slot the engine offered, and the answer a retry would get. */
export function toNewAppointment(
  record: AppointmentRecord,
  offered: { slot: Slot; blockedUntil: Date },
  bookedById: string,
  idempotency?: { key: string; requestHash: string; response: StoredResponse<unknown> },
): NewAppointment {
  return {
    id: record.id,
    practitionerId: record.practitioner.id,
    patientId: record.patient.id,
    bookedById,
    motiveId: record.motive.id,
    locationId: offered.slot.locationId,
    startsAt: record.startsAt,
    endsAt: record.endsAt,
    blockedUntil: offered.blockedUntil,
    rescheduledFromId: record.rescheduledFromId ?? undefined,
    idempotency: idempotency && { ...idempotency, response: toStoredRecord(idempotency.response) },
  };
}
