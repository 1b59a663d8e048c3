import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db-client";
import { hashPassword } from "../password";
import type { CurrentSession } from "../session";

// Shared by the accounts' integration tests: fresh addresses, verified accounts, sessions,
// and the tokens of the links the outbox holds.

export const PASSWORD = "cheval-agrafe-pile-correcte";

export const uniqueEmail = () => `p-${randomUUID()}@exemple.fr`;

/** A client address of its own, so per-address limits never mix tests. */
export const uniqueAddress = () => `198.51.100.7-${randomUUID()}`;

/** The token of the latest `path` link mailed to `to`. */
export async function linkToken(prisma: PrismaClient, to: string, path: string): Promise<string> {
  const mails = await prisma.outboxMail.findMany({
    where: { recipient: to },
    orderBy: { createdAt: "desc" },
  });
  const mail = mails.find((candidate) => candidate.textBody.includes(path));
  const token = mail && new RegExp(`${path}\\?jeton=([A-Za-z0-9_-]+)`).exec(mail.textBody)?.[1];
  if (!token) throw new Error(`no ${path} link mailed to ${to}`);
  return token;
}

export async function verifiedAccount(prisma: PrismaClient, email = uniqueEmail()) {
  return prisma.user.create({
    data: { email, passwordHash: await hashPassword(PASSWORD), emailVerified: new Date() },
  });
}

export async function openSession(prisma: PrismaClient, userId: string, key = randomUUID()) {
  await prisma.session.create({
    data: { sessionToken: key, userId, expires: new Date(Date.now() + 3600_000) },
  });
  return key;
}

export function sessionOf(account: { id: string; email: string }, key: string): CurrentSession {
  const { id, email } = account;
  return { key, user: { id, email, role: "PATIENT", patientId: null, practitionerId: null } };
}
