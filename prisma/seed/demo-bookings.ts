import type { CalendarPlan, PractitionerPlan } from "./plan-types";
import type { AppointmentStatus } from "../../lib/generated/prisma/client";
import { type LocalDay } from "../../lib/utils/zoned-time";

type DemoBooking = {
  specialtySlug: string;
  /** Days from today; the booking takes the first generated appointment from then on. */
  fromDay: number;
  who: "self" | "child";
  status: AppointmentStatus;
};

// A history and an agenda for the demo patient, all in Paris, each on its own day so the
// patient is never in two places at once. The GP is the demo practitioner (plan #0).
const DEMO_BOOKINGS: DemoBooking[] = [
  { specialtySlug: "medecin-generaliste", fromDay: -13, who: "self", status: "COMPLETED" },
  { specialtySlug: "chirurgien-dentiste", fromDay: -6, who: "self", status: "COMPLETED" },
  { specialtySlug: "medecin-generaliste", fromDay: 2, who: "self", status: "BOOKED" },
  { specialtySlug: "pediatre", fromDay: 6, who: "child", status: "BOOKED" },
  { specialtySlug: "dermatologue", fromDay: 16, who: "self", status: "BOOKED" },
  { specialtySlug: "ophtalmologue", fromDay: 25, who: "self", status: "CANCELLED" },
];

export type DemoBookingsByPlan = Map<number, DemoBooking[]>;

/**
 * Which practitioner each demo booking goes to: the first in sequence order with that
 * specialty in Paris, chosen over the whole plan so that a top-up run, which only writes
 * later practitioners, never books the demo patient again.
 */
export function planDemoBookings(plans: PractitionerPlan[]): DemoBookingsByPlan {
  const byPlan: DemoBookingsByPlan = new Map();
  for (const booking of DEMO_BOOKINGS) {
    const plan = plans.find(
      (candidate) =>
        candidate.specialtySlug === booking.specialtySlug &&
        candidate.locations[0].city === "Paris",
    );
    if (plan) byPlan.set(plan.index, [...(byPlan.get(plan.index) ?? []), booking]);
  }
  return byPlan;
}

/**
 * Hands generated appointments over to the demo patient and their child, so they keep
 * every guarantee of the generator (inside hours, no overlap). `usedDays` is shared by
 * the whole run: one demo appointment a day.
 */
export function applyDemoBookings(
  calendar: CalendarPlan,
  bookings: DemoBooking[],
  span: { today: LocalDay; nowMs: number },
  usedDays: Set<LocalDay>,
): void {
  for (const booking of bookings) {
    const wantsPast = booking.status === "COMPLETED";
    const appointment = calendar.appointments.find((candidate) => {
      const isPast = candidate.startsAt < span.nowMs;
      return (
        candidate.day >= span.today + booking.fromDay &&
        !usedDays.has(candidate.day) &&
        isPast === wantsPast
      );
    });
    if (!appointment) continue;
    usedDays.add(appointment.day);
    appointment.patient = { demo: booking.who };
    appointment.status = booking.status;
  }
}
