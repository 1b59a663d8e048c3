import { planCalendar, type CalendarSpan } from "./build-calendar";
import { planPatients } from "./build-patients";
import { DEFAULT_PRACTITIONER_COUNT, DEFAULT_SEED, planPractitioners } from "./build-practitioners";
import { applyDemoBookings, planDemoBookings, type DemoBookingsByPlan } from "./demo-bookings";
import { LONG_NAMES_PRACTITIONER } from "./long-names-practitioner";
import type { PractitionerPlan } from "./plan-types";
import { createRandom, deriveSeed } from "./prng";
import { writePractitioners, type WriteContext } from "./write-practitioners";
import { createZonedClock, type ZonedClock } from "./zoned-time";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { type LocalDay } from "../../lib/utils/zoned-time";

type CalendarTier = Pick<CalendarSpan, "pastDays" | "futureDays" | "fill"> & {
  patientsPerPractitioner: number;
};

// The demo practitioner and those the demo patient sees get lifelike diaries: two weeks of
// history, busy coming days, the whole 90-day horizon. Writing that for the whole default
// set would take minutes on the embedded database at first start, so the others get the
// coming 90 days only, more thinly booked (search still meets busy and free diaries), and
// practitioners beyond the default set, which exist to load-test search, thinner still.
const SHOWCASE: CalendarTier = {
  pastDays: 14,
  futureDays: 90,
  fill: 1,
  patientsPerPractitioner: 20,
};
const DEMO: CalendarTier = { pastDays: 0, futureDays: 90, fill: 0.15, patientsPerPractitioner: 5 };
const BULK: CalendarTier = { pastDays: 0, futureDays: 90, fill: 0.1, patientsPerPractitioner: 5 };

// One transaction per chunk: a chunk is written completely or not at all, and a re-run
// after a failure writes exactly the chunks that are missing.
const CHUNK_SIZE = 500;
// Seconds on a server; embedded PGlite is slower and runs one transaction at a time, so
// the second of two in flight may wait its turn.
const TRANSACTION_LIMITS = { maxWait: 10 * 60_000, timeout: 30 * 60_000 };

export type TopUpResult = { practitioners: number; appointments: number };

/**
 * Writes whichever of the first `total` planned practitioners, and of the one with very long
 * names, are not in the database yet (matched by slug), each with locations, motives, hours,
 * absences and appointments.
 */
export async function topUpPractitioners(
  prisma: PrismaClient,
  total: number,
  context: WriteContext & { today: LocalDay },
  onProgress?: (done: number, total: number) => void,
): Promise<TopUpResult> {
  const plans = [...planPractitioners(total), LONG_NAMES_PRACTITIONER];
  const existing = await prisma.practitioner.findMany({
    where: { slug: { in: plans.map((plan) => plan.slug) } },
    select: { slug: true },
  });
  const existingSlugs = new Set(existing.map((practitioner) => practitioner.slug));
  const missing = plans.filter((plan) => !existingSlugs.has(plan.slug));
  const planChunk = createChunkPlanner(context.today, context.nowMs, planDemoBookings(plans));

  const result: TopUpResult = { practitioners: 0, appointments: 0 };
  const record = (written: TopUpResult) => {
    result.practitioners += written.practitioners;
    result.appointments += written.appointments;
    onProgress?.(existingSlugs.size + result.practitioners, plans.length);
  };
  // Planning the next chunk (CPU) overlaps writing the previous one (database).
  let pending: Promise<TopUpResult> | null = null;
  for (let offset = 0; offset < missing.length; offset += CHUNK_SIZE) {
    const chunk = planChunk(missing.slice(offset, offset + CHUNK_SIZE));
    const previous = pending;
    pending = prisma
      .$transaction(
        (tx) => writePractitioners(tx, chunk.entries, chunk.patients, context),
        TRANSACTION_LIMITS,
      )
      .then(({ appointments }) => ({ practitioners: chunk.entries.length, appointments }));
    // It is awaited below; this only keeps an early failure from being reported as unhandled.
    pending.catch(() => {});
    if (previous) record(await previous);
  }
  if (pending) record(await pending);
  return result;
}

function createChunkPlanner(today: LocalDay, nowMs: number, demoBookings: DemoBookingsByPlan) {
  const clocks = new Map<string, ZonedClock>();
  const clockFor = (timeZone: string) => {
    if (!clocks.has(timeZone)) clocks.set(timeZone, createZonedClock(timeZone));
    return clocks.get(timeZone) as ZonedClock;
  };
  const tierOf = (plan: PractitionerPlan) => {
    if (plan.index === 0 || demoBookings.has(plan.index)) return SHOWCASE;
    return plan.index < DEFAULT_PRACTITIONER_COUNT ? DEMO : BULK;
  };
  // One demo appointment a day across the whole run, so the demo patient is never double-booked.
  const demoDays = new Set<LocalDay>();

  return (plans: PractitionerPlan[]) => {
    // Calendars are relative to today, so today is part of their seed.
    const patientRandom = createRandom(deriveSeed(DEFAULT_SEED, "patients", plans[0].index, today));
    const poolSize = plans.reduce((sum, plan) => sum + tierOf(plan).patientsPerPractitioner, 0);
    const patients = planPatients(patientRandom, poolSize);
    const entries = plans.map((plan) => {
      const calendar = planCalendar(plan, {
        ...tierOf(plan),
        today,
        nowMs,
        random: createRandom(deriveSeed(DEFAULT_SEED, "calendar", plan.index, today)),
        clock: clockFor(plan.timeZone),
        patientPoolSize: poolSize,
      });
      applyDemoBookings(calendar, demoBookings.get(plan.index) ?? [], { today, nowMs }, demoDays);
      return { plan, calendar };
    });
    return { entries, patients };
  };
}
