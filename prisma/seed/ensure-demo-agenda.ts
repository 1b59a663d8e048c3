import { planPatients } from "./build-patients";
import { DEMO_PRACTITIONER } from "./demo-accounts";
import { planDemoAbsences, planDemoWeek, type DemoPatientKind } from "./demo-agenda-plan";
import { createRandom, deriveSeed } from "./prng";
import { createZonedClock } from "./zoned-time";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { LocalDay } from "../../lib/utils/zoned-time";

// The demo practitioner's agenda as a practice lives it: a second practice, a busy current
// week (patients of the practice's own file booked by the practice, account holders who
// booked online for themselves or their child), blocked time, and the past days' outcomes.
// Done once: her second practice marks it as done, so a second run changes nothing.

const SECOND_PRACTICE = {
  name: "Centre de santé Voltaire",
  address: "112 boulevard Voltaire",
  postcode: "75011",
  city: "Paris",
  latitude: 48.8597,
  longitude: 2.3797,
  phone: "01 43 55 20 10",
};
const SECOND_PRACTICE_WEEKDAYS = [2, 4];
const PRACTICE_PATIENTS = 60;
const FAMILIES = 24;

export async function ensureDemoAgenda(
  prisma: PrismaClient,
  span: { today: LocalDay; nowMs: number },
): Promise<number> {
  const practitioner = await prisma.practitioner.findUnique({
    where: { slug: DEMO_PRACTITIONER.slug },
    select: { id: true, userId: true, timeZone: true, _count: { select: { locations: true } } },
  });
  if (!practitioner?.userId || practitioner._count.locations > 1) return 0;
  return prisma.$transaction(
    async (tx) => {
      const context = { ...practitioner, userId: practitioner.userId as string, tx };
      await addSecondPractice(context);
      const patients = await addPatients(context);
      return addDemoWeek(context, patients, span);
    },
    { timeout: 60_000 },
  );
}

type Context = {
  id: string;
  userId: string;
  timeZone: string;
  tx: Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
};

/** Tuesday and Thursday afternoons move to the second practice, with what was booked there. */
async function addSecondPractice({ id, timeZone, tx }: Context): Promise<void> {
  const location = await tx.location.create({ data: SECOND_PRACTICE, select: { id: true } });
  await tx.practitionerLocation.create({ data: { practitionerId: id, locationId: location.id } });
  await tx.openingHours.updateMany({
    where: {
      practitionerId: id,
      weekday: { in: SECOND_PRACTICE_WEEKDAYS },
      startMinute: { gte: 12 * 60 },
    },
    data: { locationId: location.id },
  });
  await tx.$executeRaw`
    UPDATE appointments SET location_id = ${location.id}::uuid
    WHERE practitioner_id = ${id}::uuid AND location_id IS NOT NULL
      AND extract(isodow FROM starts_at AT TIME ZONE ${timeZone}) IN (2, 4)
      AND (starts_at AT TIME ZONE ${timeZone})::time >= '12:00'`;
}

type DemoPatients = Record<DemoPatientKind, { patientId: string; bookedById: string }[]>;

/**
 * The practice's own file (the generator's anonymous patients she sees, and new ones, with
 * a phone) and families with an account, whose parent books for themselves and a child.
 */
async function addPatients({ id, userId, tx }: Context): Promise<DemoPatients> {
  const random = createRandom(deriveSeed("demo-agenda-patients"));
  const phone = () => `06 ${Array.from({ length: 4 }, () => String(random.int(10, 99))).join(" ")}`;
  // Her earlier patients without an account become the practice's own records, with a
  // French mobile number drawn from their id, and their appointments booked by the practice.
  await tx.$executeRaw`
    UPDATE patients SET created_by_practitioner_id = ${id}::uuid,
      phone = coalesce(phone, '06 ' || regexp_replace(
        lpad(((('x' || substr(md5(id::text), 1, 8))::bit(32)::bigint) % 100000000)::text, 8, '0'),
        '(..)(..)(..)(..)', '\\1 \\2 \\3 \\4'))
    WHERE owner_id IS NULL AND id IN (SELECT patient_id FROM appointments WHERE practitioner_id = ${id}::uuid)`;
  await tx.$executeRaw`
    UPDATE appointments SET booked_by_id = ${userId}::uuid
    WHERE practitioner_id = ${id}::uuid AND booked_by_id IS NULL
      AND patient_id IN (SELECT id FROM patients WHERE created_by_practitioner_id = ${id}::uuid)`;
  const practice = await Promise.all(
    planPatients(random, PRACTICE_PATIENTS).map((plan) =>
      tx.patient.create({
        data: {
          ...plan,
          birthDate: new Date(plan.birthDate),
          phone: phone(),
          createdByPractitionerId: id,
        },
        select: { id: true },
      }),
    ),
  );
  const families = await Promise.all(
    planPatients(random, FAMILIES).map(async (parent, index) => {
      const owner = await tx.user.create({
        data: {
          email: `famille-${index + 1}@patients.praxis.demo`,
          name: `${parent.firstName} ${parent.lastName}`,
          role: "PATIENT",
        },
        select: { id: true },
      });
      const [self, child] = await Promise.all([
        tx.patient.create({
          data: {
            ...parent,
            birthDate: new Date(parent.birthDate),
            phone: phone(),
            ownerId: owner.id,
          },
          select: { id: true },
        }),
        tx.patient.create({
          data: {
            firstName: planPatients(random, 1)[0].firstName,
            lastName: parent.lastName,
            birthDate: new Date(`${random.int(2010, 2022)}-06-15`),
            relationship: "CHILD",
            ownerId: owner.id,
          },
          select: { id: true },
        }),
      ]);
      return { ownerId: owner.id, self: self.id, child: child.id };
    }),
  );
  return {
    practice: practice.map((patient) => ({ patientId: patient.id, bookedById: userId })),
    self: families.map((family) => ({ patientId: family.self, bookedById: family.ownerId })),
    child: families.map((family) => ({ patientId: family.child, bookedById: family.ownerId })),
  };
}

async function addDemoWeek(
  { id, userId, timeZone, tx }: Context,
  patients: DemoPatients,
  span: { today: LocalDay; nowMs: number },
): Promise<number> {
  const clock = createZonedClock(timeZone);
  const absences = planDemoAbsences({ today: span.today, clock });
  const [windows, motives, booked] = await Promise.all([
    tx.openingHours.findMany({ where: { practitionerId: id } }),
    tx.motive.findMany({
      where: { practitionerId: id, active: true },
      orderBy: { position: "asc" },
    }),
    tx.appointment.findMany({
      where: { practitionerId: id, status: { not: "CANCELLED" } },
      select: { startsAt: true, endsAt: true },
    }),
  ]);
  const busy = [...booked, ...(await tx.absence.findMany({ where: { practitionerId: id } }))].map(
    (interval) => ({ startsAt: interval.startsAt.getTime(), endsAt: interval.endsAt.getTime() }),
  );
  const random = createRandom(deriveSeed("demo-agenda-week"));
  const week = planDemoWeek(random, {
    ...span,
    clock,
    windows,
    motives,
    busy: [...busy, ...absences],
  });
  await tx.absence.createMany({
    data: absences.map((absence) => ({
      practitionerId: id,
      startsAt: new Date(absence.startsAt),
      endsAt: new Date(absence.endsAt),
      label: absence.label,
    })),
  });
  await tx.appointment.createMany({
    data: week.map((appointment) => {
      const { patientId, bookedById } = random.pick(patients[appointment.patientKind]);
      const changed = appointment.status === "BOOKED" ? null : new Date(appointment.startsAt);
      return {
        practitionerId: id,
        patientId,
        bookedById,
        motiveId: appointment.motiveId,
        locationId: appointment.locationId,
        startsAt: new Date(appointment.startsAt),
        endsAt: new Date(appointment.endsAt),
        blockedUntil: new Date(appointment.endsAt),
        status: appointment.status,
        statusChangedAt: changed,
        statusChangedById: changed ? userId : null,
        // Marked as reminded: a demo sends no reminder to its made-up families.
        reminderQueuedAt: new Date(span.nowMs),
      };
    }),
  });
  return week.length;
}
