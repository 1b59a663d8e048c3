import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { startMailCatcher, type MailCatcher } from "@/scripts/mail/mail-catcher";
import { readCaughtMails } from "@/scripts/mail/read-caught-mail";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { deliverDueMails, type DeliveryOptions } from "./deliver-outbox";
import { enqueueMail } from "./enqueue-mail";
import { createSmtpTransport } from "./smtp-transport";

// The worker against a real database and a real SMTP server (the local catcher), whose
// refusals are switched per recipient to exercise retries.

let database: TestDatabase;
let prisma: PrismaClient;
let catcher: MailCatcher;
let refusals = new Map<string, number>();
const FAST_RETRY = { baseDelayMs: 200, maxDelayMs: 1_000, maxAttempts: 3 };

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 8);
  catcher = await startMailCatcher({
    dir: await mkdtemp(path.join(tmpdir(), "praxis-mail-")),
    refuseRecipient: (address) => refusals.get(address) ?? null,
  });
});

afterAll(async () => {
  await catcher?.stop();
  if (catcher) await rm(catcher.dir, { recursive: true, force: true });
  await prisma?.$disconnect();
  await database?.drop();
});

beforeEach(async () => {
  refusals = new Map();
  await prisma.outboxMail.deleteMany();
  await rm(catcher.dir, { recursive: true, force: true });
  await mkdir(catcher.dir, { recursive: true });
});

function worker(overrides: Partial<DeliveryOptions> = {}): DeliveryOptions {
  return {
    client: prisma,
    transport: createSmtpTransport(catcher.url),
    from: "Praxis <no-reply@praxis.test>",
    retry: FAST_RETRY,
    ...overrides,
  };
}

async function queue(count: number, to = (i: number) => `patient${i}@exemple.fr`): Promise<void> {
  for (let i = 0; i < count; i++) {
    await enqueueMail(prisma, {
      to: to(i),
      subject: "Confirmez votre adresse e-mail",
      text: `Bonjour, voici le lien : https://praxis.test/verifier-email?jeton=${i}`,
      html: "<p>Bonjour</p>",
    });
  }
}

describe("outbox delivery", () => {
  it("sends a mail once, decoded intact, with the outbox id as Message-ID", async () => {
    await queue(1, () => "Camille@Exemple.fr");
    const report = await deliverDueMails(worker());
    expect(report).toEqual({ claimed: 1, sent: 1, retried: 0, failed: 0 });

    const [mail] = await readCaughtMails(catcher.dir);
    const row = await prisma.outboxMail.findFirstOrThrow();
    expect(mail.to).toEqual(["camille@exemple.fr"]);
    expect(mail.subject).toBe("Confirmez votre adresse e-mail");
    expect(mail.text).toContain("https://praxis.test/verifier-email?jeton=0");
    expect(mail.messageId).toBe(`<${row.id}@praxis.test>`);
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedUntil: null });
    expect(await deliverDueMails(worker())).toEqual({ claimed: 0, sent: 0, retried: 0, failed: 0 });
  });

  it("never sends a mail twice with two workers running side by side", async () => {
    await queue(30);
    const first = worker({ batchSize: 4 });
    const second = worker({ batchSize: 4 });
    const drain = async (options: DeliveryOptions) => {
      while ((await deliverDueMails(options)).claimed > 0);
    };
    await Promise.all([drain(first), drain(second)]);

    const caught = await readCaughtMails(catcher.dir);
    const recipients = caught.flatMap((mail) => mail.to).sort();
    expect(recipients).toHaveLength(30);
    expect(new Set(recipients).size).toBe(30);
    expect(await prisma.outboxMail.count({ where: { status: "SENT", attempts: 1 } })).toBe(30);
  });

  it("retries a temporary refusal with growing delays, then delivers", async () => {
    await queue(1, () => "later@exemple.fr");
    refusals.set("later@exemple.fr", 451);
    expect((await deliverDueMails(worker())).retried).toBe(1);
    const afterFirst = await prisma.outboxMail.findFirstOrThrow();
    expect(afterFirst).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastError: "EENVELOPE smtp 451",
    });
    // Not due yet: the backoff holds it back.
    expect((await deliverDueMails(worker())).claimed).toBe(0);

    refusals.delete("later@exemple.fr");
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await deliverDueMails(worker())).sent).toBe(1);
    expect(await prisma.outboxMail.findFirstOrThrow()).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });

  it("gives up after the last attempt and keeps no personal data in the error", async () => {
    await queue(1, () => "never@exemple.fr");
    refusals.set("never@exemple.fr", 421);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= FAST_RETRY.maxAttempts; attempt++) {
      await prisma.outboxMail.updateMany({ data: { sendAfter: new Date(0) } });
      const before = Date.now();
      await deliverDueMails(worker());
      const row = await prisma.outboxMail.findFirstOrThrow();
      if (row.status === "PENDING") delays.push(row.sendAfter.getTime() - before);
    }
    const row = await prisma.outboxMail.findFirstOrThrow();
    expect(row).toMatchObject({ status: "FAILED", attempts: 3 });
    expect(row.lastError).not.toContain("never@");
    expect(delays[1]).toBeGreaterThan(delays[0]);
    expect(await readCaughtMails(catcher.dir)).toHaveLength(0);
  });

  it("gives up at once on a permanent refusal", async () => {
    await queue(1, () => "unknown@exemple.fr");
    refusals.set("unknown@exemple.fr", 550);
    expect((await deliverDueMails(worker())).failed).toBe(1);
    expect(await prisma.outboxMail.findFirstOrThrow()).toMatchObject({
      status: "FAILED",
      attempts: 1,
    });
  });

  it("takes back a mail whose worker died mid-send once its lease has run out", async () => {
    await queue(1);
    // A worker claims it and dies: status SENDING, lease still running.
    await prisma.$executeRaw`UPDATE outbox_mails SET status = 'SENDING', attempts = 1, locked_until = now() + interval '1 minute'`;
    expect((await deliverDueMails(worker())).claimed).toBe(0);
    await prisma.$executeRaw`UPDATE outbox_mails SET locked_until = now() - interval '1 second'`;
    expect((await deliverDueMails(worker())).sent).toBe(1);
    expect(await prisma.outboxMail.findFirstOrThrow()).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });

  it("sends again, with the same Message-ID, a mail whose sending was never recorded", async () => {
    // At least once: the SMTP server took the mail, then the database went away before the
    // worker recorded it, so once the lease runs out the mail goes again. Its copy keeps the
    // Message-ID, for mail servers and clients to drop.
    await queue(1);
    expect((await deliverDueMails(worker())).sent).toBe(1);
    await prisma.$executeRaw`UPDATE outbox_mails SET status = 'SENDING', sent_at = NULL,
      locked_until = now() - interval '1 second'`;
    expect((await deliverDueMails(worker())).sent).toBe(1);
    const copies = await readCaughtMails(catcher.dir);
    expect(copies).toHaveLength(2);
    expect(copies[1].messageId).toBe(copies[0].messageId);
  });

  it("gives up a mail whose worker died during every attempt", async () => {
    await queue(1);
    await prisma.$executeRaw`UPDATE outbox_mails SET status = 'SENDING',
      attempts = ${FAST_RETRY.maxAttempts}, locked_until = now() - interval '1 second'`;
    expect((await deliverDueMails(worker())).claimed).toBe(0);
    expect(await prisma.outboxMail.findFirstOrThrow()).toMatchObject({
      status: "FAILED",
      attempts: FAST_RETRY.maxAttempts,
      lockedUntil: null,
    });
    expect(await readCaughtMails(catcher.dir)).toHaveLength(0);
  });

  it("refuses to queue a subject with a health term, and deduplicates on the key", async () => {
    await expect(
      enqueueMail(prisma, {
        to: "a@exemple.fr",
        subject: "Votre consultation de cardiologie",
        text: "…",
      }),
    ).rejects.toThrow("health term in subject");
    const mail = {
      to: "a@exemple.fr",
      subject: "Votre rendez-vous",
      text: "…",
      dedupeKey: "rdv:1",
    };
    expect(await enqueueMail(prisma, mail)).toBe(true);
    expect(await enqueueMail(prisma, mail)).toBe(false);
    expect(await prisma.outboxMail.count()).toBe(1);
  });
});
