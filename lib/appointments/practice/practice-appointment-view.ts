import type { AppointmentStatus } from "@/lib/generated/prisma/enums";

// What the practice's API answers about one appointment of its agenda: plain JSON (ISO
// strings), so an answer can be stored with its Idempotency-Key and replayed byte for byte.

export type PracticeAppointmentView = {
  id: string;
  status: AppointmentStatus;
  startsAt: string;
  endsAt: string;
  practiceId: string | null;
  noShowExcused: boolean | null;
  patient: { id: string; firstName: string; lastName: string };
  motive: { id: string; name: string };
};

export function toPracticeAppointmentView(row: {
  id: string;
  status: AppointmentStatus;
  startsAt: Date;
  endsAt: Date;
  location: { id: string } | null;
  noShowExcused?: boolean | null;
  patient: { id: string; firstName: string | null; lastName: string | null };
  motive: { id: string; name: string };
}): PracticeAppointmentView {
  return {
    id: row.id,
    status: row.status,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    practiceId: row.location?.id ?? null,
    noShowExcused: row.noShowExcused ?? null,
    patient: {
      id: row.patient.id,
      firstName: row.patient.firstName ?? "",
      lastName: row.patient.lastName ?? "",
    },
    motive: { id: row.motive.id, name: row.motive.name },
  };
}
