import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";

// Session rows, keyed by the SHA-256 of the random session id carried (encrypted) in the
// cookie: a leaked database does not yield usable session ids.

export type SessionRecord = {
  expires: Date;
  createdAt: Date;
  user: {
    id: string;
    email: string;
    role: Role;
    patients: { id: string }[];
    practitioner: { id: string } | null;
  };
};

/**
 * Opens a session and ends the account's oldest ones beyond `keepAtMost`, in one
 * transaction: a password sprayed from many browsers cannot pile up sessions forever.
 */
export async function insertSession(
  userId: string,
  key: string,
  expires: Date,
  keepAtMost: number,
  client: Prisma.TransactionClient | typeof db = db,
): Promise<void> {
  const write = async (tx: Prisma.TransactionClient) => {
    await tx.session.create({ data: { sessionToken: key, userId, expires } });
    const surplus = await tx.session.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { sessionToken: "asc" }],
      skip: keepAtMost,
      select: { sessionToken: true },
    });
    if (surplus.length === 0) return;
    await tx.session.deleteMany({
      where: { sessionToken: { in: surplus.map((row) => row.sessionToken), not: key } },
    });
  };
  await (client === db ? db.$transaction(write) : write(client));
}

type SessionRow = {
  expires: Date;
  created_at: Date;
  user_id: string;
  email: string;
  role: SessionRecord["user"]["role"];
  patient_id: string | null;
  practitioner_id: string | null;
};

// Every signed-in request reads this first, so it is one statement (Prisma's nested select
// took four round trips: session, user, own patient profile, practitioner).
export async function findSession(key: string): Promise<SessionRecord | null> {
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s.expires, s.created_at, u.id AS user_id, u.email, u.role::text AS role,
      (SELECT pa.id FROM patients pa
        WHERE pa.owner_id = u.id AND pa.relationship = 'SELF' LIMIT 1) AS patient_id,
      (SELECT pr.id FROM practitioners pr WHERE pr.user_id = u.id) AS practitioner_id
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.session_token = ${key}`;
  if (!row) return null;
  return {
    expires: row.expires,
    createdAt: row.created_at,
    user: {
      id: row.user_id,
      email: row.email,
      role: row.role,
      patients: row.patient_id === null ? [] : [{ id: row.patient_id }],
      practitioner: row.practitioner_id === null ? null : { id: row.practitioner_id },
    },
  };
}

export async function extendSession(key: string, expires: Date): Promise<void> {
  await db.session.updateMany({ where: { sessionToken: key }, data: { expires } });
}

export async function deleteSession(key: string): Promise<void> {
  await db.session.deleteMany({ where: { sessionToken: key } });
}

export async function deleteUserSessions(
  tx: Prisma.TransactionClient,
  userId: string,
  exceptKey?: string,
): Promise<number> {
  const { count } = await tx.session.deleteMany({
    where: { userId, ...(exceptKey && { sessionToken: { not: exceptKey } }) },
  });
  return count;
}

// ---------------------------------------------------------------- single-use tokens

export type TokenPurposeCode = "VERIFY_EMAIL" | "RESET_PASSWORD" | "INVITE" | "CHANGE_EMAIL";

/** Stores a token, replacing the user's earlier ones for the same purpose. */
export async function replaceToken(
  tx: Prisma.TransactionClient,
  token: {
    tokenHash: string;
    purpose: TokenPurposeCode;
    userId: string;
    ttlMinutes: number;
    data?: Prisma.InputJsonValue;
  },
): Promise<void> {
  const { tokenHash, purpose, userId, ttlMinutes, data } = token;
  await tx.authToken.deleteMany({ where: { userId, purpose } });
  // The database clock sets the expiry, as it is the one consumeTokenRow compares with.
  await tx.$executeRaw`
    INSERT INTO auth_tokens (token_hash, purpose, user_id, data, expires_at)
    VALUES (${tokenHash}, ${purpose}::"AuthTokenPurpose", ${userId}::uuid,
            ${data === undefined ? null : JSON.stringify(data)}::jsonb,
            now() + ${ttlMinutes} * interval '1 minute')`;
}

/**
 * Deletes and returns a live token in one statement: of two concurrent uses, the second
 * waits for the first's row lock, then finds nothing.
 */
export async function consumeTokenRow(
  tx: Prisma.TransactionClient,
  purpose: TokenPurposeCode,
  tokenHash: string,
): Promise<{ userId: string; data: unknown } | null> {
  const rows = await tx.$queryRaw<{ user_id: string; data: unknown }[]>`
    DELETE FROM auth_tokens
    WHERE token_hash = ${tokenHash} AND purpose = ${purpose}::"AuthTokenPurpose"
      AND expires_at > now()
    RETURNING user_id, data`;
  return rows[0] ? { userId: rows[0].user_id, data: rows[0].data } : null;
}

// ---------------------------------------------------------------- accounts

const ACCOUNT_FIELDS = {
  id: true,
  email: true,
  role: true,
  locale: true,
  passwordHash: true,
  emailVerified: true,
} as const;

// Reads take the caller's transaction when there is one: the embedded database serves one
// connection at a time, so a read on another connection would wait for the transaction.

/** An account by its normalised email. */
export function findAccountByEmail(email: string, client: Prisma.TransactionClient = db) {
  return client.user.findUnique({ where: { email }, select: ACCOUNT_FIELDS });
}

export function findAccountById(userId: string, client: Prisma.TransactionClient = db) {
  return client.user.findUnique({ where: { id: userId }, select: ACCOUNT_FIELDS });
}

/** The account holder and their own patient profile, together or not at all. */
export function insertPatientAccount(
  tx: Prisma.TransactionClient,
  account: {
    email: string;
    passwordHash: string;
    firstName: string;
    lastName: string;
    birthDate: Date;
    locale: Locale;
  },
): Promise<{ id: string }> {
  const { email, passwordHash, firstName, lastName, birthDate, locale } = account;
  return tx.user.create({
    data: {
      email,
      passwordHash,
      locale,
      role: "PATIENT",
      name: `${firstName} ${lastName}`,
      patients: { create: { relationship: "SELF", firstName, lastName, birthDate } },
    },
    select: { id: true },
  });
}

export async function markEmailVerified(
  tx: Prisma.TransactionClient,
  userId: string,
): Promise<void> {
  await tx.user.updateMany({
    where: { id: userId, emailVerified: null },
    data: { emailVerified: new Date() },
  });
}

export function updatePasswordHash(
  tx: Prisma.TransactionClient,
  userId: string,
  passwordHash: string,
): Promise<{ email: string; emailVerified: Date | null }> {
  return tx.user.update({
    where: { id: userId },
    data: { passwordHash },
    select: { email: true, emailVerified: true },
  });
}

/** Moves the account to a new, just verified address; returns the previous one. */
export async function replaceEmail(
  tx: Prisma.TransactionClient,
  userId: string,
  newEmail: string,
): Promise<{ email: string; locale: string }> {
  const previous = await tx.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, locale: true },
  });
  await tx.user.update({
    where: { id: userId },
    data: { email: newEmail, emailVerified: new Date() },
  });
  return previous;
}

/** The language the account's mails are written in. */
export async function updateAccountLocale(userId: string, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { locale } });
}

/** Deletes expired sessions and tokens; run periodically by the worker. */
export async function purgeExpiredAuthRows(client: Prisma.TransactionClient): Promise<number> {
  const now = new Date();
  const sessions = await client.session.deleteMany({ where: { expires: { lte: now } } });
  const tokens = await client.authToken.deleteMany({ where: { expiresAt: { lte: now } } });
  return sessions.count + tokens.count;
}
