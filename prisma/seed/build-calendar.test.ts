import { describe, expect, it } from "vitest";
import { planCalendar, type CalendarSpan } from "./build-calendar";
import { planPractitioners } from "./build-practitioners";
import { applyDemoBookings, planDemoBookings } from "./demo-bookings";
import type { AppointmentPlan, CalendarPlan, PractitionerPlan } from "./plan-types";
import { createRandom } from "./prng";
import { createZonedClock } from "./zoned-time";
import { frenchPublicHolidays } from "../../lib/utils/french-holidays";
import {
  localDayOfIsoDate,
  isoWeekdayOfLocalDay,
  localDateTimeAt,
  MS_PER_MINUTE,
} from "../../lib/utils/zoned-time";

const PARIS = "Europe/Paris";
const clock = createZonedClock(PARIS);

/** A span starting two weeks before `isoDate`'s DST change, at 10:00 local on its first day. */
function spanAround(isoToday: string, fill = 1): CalendarSpan {
  const today = localDayOfIsoDate(isoToday);
  return {
    today,
    nowMs: clock.dayStart(today) + 600 * MS_PER_MINUTE,
    pastDays: 14,
    futureDays: 90,
    fill,
  };
}

function calendarOf(plan: PractitionerPlan, span: CalendarSpan): CalendarPlan {
  return planCalendar(plan, {
    ...span,
    random: createRandom(plan.index),
    clock,
    patientPoolSize: 50,
  });
}

function localTime(epochMs: number) {
  return localDateTimeAt(epochMs, PARIS);
}

function expectNoOverlap(appointments: AppointmentPlan[], bufferMinutes: number) {
  const sorted = [...appointments].sort((a, b) => a.startsAt - b.startsAt);
  const overlapping = sorted.filter(
    (appointment, index) =>
      index > 0 && appointment.startsAt < sorted[index - 1].endsAt + bufferMinutes * MS_PER_MINUTE,
  );
  expect(overlapping).toEqual([]);
}

const plans = planPractitioners(120);

describe.each([
  ["the spring change (2026-03-29)", "2026-03-16"],
  ["the fall change (2026-10-25)", "2026-10-12"],
])("appointments across %s", (_, isoToday) => {
  const span = spanAround(isoToday);
  const calendars = plans.map((plan) => calendarOf(plan, span));

  it("never overlap for a practitioner, buffer included", () => {
    plans.forEach((plan, index) =>
      expectNoOverlap(calendars[index].appointments, plan.bufferMinutes),
    );
  });

  // Offenders are collected rather than asserted one by one: tens of thousands of appointments.
  it("fall inside an opening window, on their motive's grid, at that window's practice", () => {
    const offenders = plans.flatMap((plan, index) =>
      calendars[index].appointments.filter((appointment) => {
        const { durationMinutes } = plan.motives[appointment.motiveIndex];
        const { day, minute } = localTime(appointment.startsAt);
        const window = plan.hours.find(
          (candidate) =>
            candidate.weekday === isoWeekdayOfLocalDay(day) &&
            candidate.startMinute <= minute &&
            minute + durationMinutes <= candidate.endMinute,
        );
        return (
          day !== appointment.day ||
          appointment.endsAt - appointment.startsAt !== durationMinutes * MS_PER_MINUTE ||
          !window ||
          (minute - window.startMinute) % (durationMinutes + plan.bufferMinutes) !== 0 ||
          appointment.locationIndex !== window.locationIndex
        );
      }),
    );
    expect(offenders).toEqual([]);
  });

  it("avoid absences and public holidays, with statuses that match past and future", () => {
    const holidays = new Set(frenchPublicHolidays(2026));
    const offenders = plans.flatMap((plan, index) => {
      const { absences, appointments } = calendars[index];
      return appointments.filter((appointment) => {
        const isPast = appointment.startsAt < span.nowMs;
        const allowed = isPast ? ["COMPLETED", "NO_SHOW", "CANCELLED"] : ["BOOKED", "CANCELLED"];
        return (
          absences.some(
            (absence) =>
              appointment.startsAt < absence.endsAt && absence.startsAt < appointment.endsAt,
          ) ||
          holidays.has(appointment.day) ||
          !allowed.includes(appointment.status) ||
          appointment.bookedAt > Math.min(span.nowMs, appointment.startsAt)
        );
      });
    });
    expect(offenders).toEqual([]);
  });

  it("books roughly one future slot in five", () => {
    let openMinutes = 0;
    let bookedMinutes = 0;
    plans.forEach((plan, index) => {
      for (let day = span.today; day < span.today + span.futureDays; day++) {
        for (const window of plan.hours)
          if (window.weekday === isoWeekdayOfLocalDay(day))
            openMinutes += window.endMinute - window.startMinute;
      }
      for (const appointment of calendars[index].appointments) {
        if (appointment.day >= span.today)
          bookedMinutes += (appointment.endsAt - appointment.startsAt) / MS_PER_MINUTE;
      }
    });
    expect(bookedMinutes / openMinutes).toBeGreaterThan(0.12);
    expect(bookedMinutes / openMinutes).toBeLessThan(0.3);
  });
});

describe("a window across the night of a DST change", () => {
  // Nobody consults at 2 a.m., but the generator must stay correct if someone did.
  const night: PractitionerPlan = {
    ...plans[1],
    bufferMinutes: 0,
    hours: [{ locationIndex: 0, weekday: 7, startMinute: 60, endMinute: 240 }],
  };

  it.each(["2026-03-22", "2026-10-18"])(
    "books without overlap or distortion (week of %s)",
    (isoToday) => {
      const { appointments } = calendarOf(night, {
        ...spanAround(isoToday),
        pastDays: 0,
        futureDays: 14,
        fill: 10,
      });
      expect(appointments.length).toBeGreaterThan(0);
      expectNoOverlap(appointments, 0);
      for (const appointment of appointments) {
        expect(appointment.endsAt - appointment.startsAt).toBe(
          night.motives[appointment.motiveIndex].durationMinutes * MS_PER_MINUTE,
        );
      }
    },
  );
});

describe("demo bookings", () => {
  it("give the demo patient appointments on distinct days, past ones done and future ones booked", () => {
    const span = spanAround("2026-11-30");
    const demoBookings = planDemoBookings(plans);
    expect(demoBookings.get(0)?.length).toBe(2);
    const usedDays = new Set<number>();
    const demo = plans.flatMap((plan) => {
      const calendar = calendarOf(plan, span);
      applyDemoBookings(calendar, demoBookings.get(plan.index) ?? [], span, usedDays);
      return calendar.appointments.filter((appointment) => "demo" in appointment.patient);
    });
    expect(demo.length).toBe(6);
    expect(new Set(demo.map((appointment) => appointment.day)).size).toBe(demo.length);
    for (const appointment of demo) {
      expect(appointment.status === "COMPLETED").toBe(appointment.startsAt < span.nowMs);
    }
  });
});
