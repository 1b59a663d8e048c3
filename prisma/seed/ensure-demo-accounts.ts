import { hash } from "@node-rs/argon2";
import { DEMO_ACCOUNTS, DEMO_PATIENT_EMAIL, DEMO_PATIENT_PROFILES } from "./demo-accounts";
import type { WriteContext } from "./write-practitioners";
import type { PrismaClient } from "../../lib/generated/prisma/client";

type DemoAccounts = Pick<WriteContext, "userIdsByEmail" | "demo"> & { created: number };

/**
 * Creates whichever demo login, or demo patient profile, is missing; existing ones are
 * left untouched (a password changed during a demo stays changed).
 */
export async function ensureDemoAccounts(prisma: PrismaClient): Promise<DemoAccounts> {
  const userIdsByEmail = new Map<string, string>();
  let created = 0;
  for (const { email, name, role } of DEMO_ACCOUNTS.accounts) {
    let user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) {
      // @node-rs/argon2 hashes with argon2id and its recommended costs by default.
      const passwordHash = await hash(DEMO_ACCOUNTS.password);
      user = await prisma.user.create({
        data: { email, name, role, passwordHash, emailVerified: new Date() },
        select: { id: true },
      });
      created++;
    }
    userIdsByEmail.set(email, user.id);
  }
  const userId = userIdsByEmail.get(DEMO_PATIENT_EMAIL);
  if (!userId) throw new Error("seed: the demo patient account is missing");
  return {
    created,
    userIdsByEmail,
    demo: { userId, patientIds: await ensureDemoPatients(prisma, userId) },
  };
}

async function ensureDemoPatients(
  prisma: PrismaClient,
  ownerId: string,
): Promise<WriteContext["demo"]["patientIds"]> {
  const existing = await prisma.patient.findMany({
    where: { ownerId },
    select: { id: true, relationship: true, firstName: true },
    orderBy: { createdAt: "asc" },
  });
  const patientIds = { self: "", child: "" };
  for (const profile of DEMO_PATIENT_PROFILES) {
    const { key, ...data } = profile;
    // The holder may have renamed their own profile during a demo; there is only one SELF.
    const match = existing.find(
      (patient) =>
        patient.relationship === data.relationship &&
        (data.relationship === "SELF" || patient.firstName === data.firstName),
    );
    patientIds[key] =
      match?.id ??
      (await prisma.patient.create({ data: { ...data, ownerId }, select: { id: true } })).id;
  }
  return patientIds;
}
