import type { AppointmentStatus } from "@/lib/generated/prisma/enums";
import type { BookedBy } from "./booked-by";

// What the agenda shows, as plain data for the components (instants as ISO strings).
// Client-safe.

export type AgendaAppointment = {
  id: string;
  startsAt: string;
  endsAt: string;
  status: AppointmentStatus;
  practiceId: string | null;
  patient: { id: string; firstName: string; lastName: string; phone: string | null };
  motive: { id: string; name: string; color: string };
  bookedBy: BookedBy;
};

export type AgendaAbsence = { id: string; startsAt: string; endsAt: string; label: string | null };
export type AgendaFreeTime = { startsAt: string; endsAt: string; practiceId: string };
export type AgendaPractice = { id: string; name: string | null; city: string };
export type AgendaOpening = {
  weekday: number;
  startMinute: number;
  endMinute: number;
  practiceId: string;
  validFrom: string | null;
  validTo: string | null;
};
