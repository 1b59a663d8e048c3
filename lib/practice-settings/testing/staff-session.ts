import type { SessionUser } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/db-client";

// Route handlers of the practice's settings under test, without Auth.js: a test names the
// signed-in staff account in a header, as lib/appointments/testing/api-harness does for
// patients, and this stand-in for lib/auth/session answers as the real one would.

const TEST_USER_HEADER = "x-test-user";
const users = new Map<string, SessionUser>();
let sequence = 0;

export const staffSessionModule = {
  async apiSessionUser(request: Request): Promise<SessionUser | null> {
    return users.get(request.headers.get(TEST_USER_HEADER) ?? "") ?? null;
  },
};

export type StaffAccount = { userId: string };

/** A practitioner account that owns the practitioner's profile. */
export async function createPractitionerAccount(
  prisma: PrismaClient,
  practitionerId: string,
): Promise<StaffAccount> {
  const user = await prisma.user.create({
    data: { email: `praticien-${practitionerId}@praxis.test`, role: "PRACTITIONER" },
  });
  await prisma.practitioner.update({ where: { id: practitionerId }, data: { userId: user.id } });
  users.set(user.id, {
    id: user.id,
    email: user.email,
    role: "PRACTITIONER",
    patientId: null,
    practitionerId,
  });
  return { userId: user.id };
}

/** A secretary account with a grant on the practitioner's agenda. */
export async function createSecretaryAccount(
  prisma: PrismaClient,
  practitionerId: string,
  level: "VIEW" | "MANAGE",
): Promise<StaffAccount> {
  const user = await prisma.user.create({
    data: {
      email: `secretariat-${level.toLowerCase()}-${++sequence}-${practitionerId}@praxis.test`,
      role: "SECRETARY",
    },
  });
  await prisma.calendarGrant.create({ data: { practitionerId, userId: user.id, level } });
  users.set(user.id, {
    id: user.id,
    email: user.email,
    role: "SECRETARY",
    patientId: null,
    practitionerId: null,
  });
  return { userId: user.id };
}

export function staffRequest(
  path: string,
  account: StaffAccount | null,
  options: { method?: string; body?: unknown } = {},
): Request {
  const { method = "GET", body } = options;
  return new Request(`http://praxis.test${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: {
      ...(body !== undefined && { "Content-Type": "application/json" }),
      ...(account && { [TEST_USER_HEADER]: account.userId }),
    },
  });
}
