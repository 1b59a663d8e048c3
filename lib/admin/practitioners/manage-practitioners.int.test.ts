import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db-client";
import { createPractice } from "@/lib/patients/testing/fixtures";
import { createTestDatabase, type TestDatabase } from "@/scripts/testing/test-database";
import { newPractitionerSchema, practitionerDetailsSchema } from "./schemas";

let database: TestDatabase;
let prisma: PrismaClient;
let specialtyId: string;
let useCases: {
  createPractitioner: typeof import("./create-practitioner").createPractitioner;
  updatePractitioner: typeof import("./update-practitioner").updatePractitioner;
  setPractitionerVerification: typeof import("./set-practitioner-verification").setPractitionerVerification;
  listPractitioners: typeof import("./list-practitioners").listPractitioners;
  getPractitioner: typeof import("./get-practitioner").getPractitioner;
  resendInvitation: typeof import("./resend-invitation").resendInvitation;
};

const ADMIN = { id: randomUUID(), role: "ADMIN" as const };
const PATIENT = { id: randomUUID(), role: "PATIENT" as const };

const newPractitioner = (email: string, lastName = "Lefèvre") =>
  newPractitionerSchema.parse({
    email,
    title: "DR",
    firstName: "Noémie",
    lastName,
    specialtyId,
    timeZone: "Indian/Reunion",
  });

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, 2);
  process.env.DATABASE_URL = database.url;
  process.env.APP_URL = "https://praxis.example";
  useCases = {
    createPractitioner: (await import("./create-practitioner")).createPractitioner,
    updatePractitioner: (await import("./update-practitioner")).updatePractitioner,
    setPractitionerVerification: (await import("./set-practitioner-verification"))
      .setPractitionerVerification,
    listPractitioners: (await import("./list-practitioners")).listPractitioners,
    getPractitioner: (await import("./get-practitioner")).getPractitioner,
    resendInvitation: (await import("./resend-invitation")).resendInvitation,
  };
  await createPractice(prisma);
  specialtyId = (await prisma.specialty.findFirstOrThrow()).id;
});

afterAll(async () => {
  await prisma?.$disconnect();
  await (await import("@/lib/db")).db.$disconnect();
  await database?.drop();
});

describe("createPractitioner", () => {
  it("creates the login, the unverified profile, the invitation token and its mail together", async () => {
    const id = await useCases.createPractitioner(ADMIN, newPractitioner("Noemie@Exemple.fr"));

    const practitioner = await prisma.practitioner.findUniqueOrThrow({
      where: { id },
      include: { user: { include: { authTokens: true } } },
    });
    expect(practitioner).toMatchObject({
      slug: "dr-noemie-lefevre",
      verified: false,
      verifiedAt: null,
      timeZone: "Indian/Reunion",
      user: { email: "noemie@exemple.fr", role: "PRACTITIONER", passwordHash: null },
    });
    expect(practitioner.user?.authTokens).toEqual([expect.objectContaining({ purpose: "INVITE" })]);
    const [mail] = await prisma.outboxMail.findMany({ where: { recipient: "noemie@exemple.fr" } });
    expect(mail.subject).toBe("Votre invitation à rejoindre Praxis");
    expect(mail.textBody).toMatch(
      /https:\/\/praxis\.example\/definir-mot-de-passe\?jeton=[\w-]{43}/,
    );
  });

  it("names the field when the address is taken, and creates nothing", async () => {
    const before = await prisma.user.count();
    await expect(
      useCases.createPractitioner(ADMIN, newPractitioner("noemie@exemple.fr", "Autre")),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["email"] })] });
    expect(await prisma.user.count()).toBe(before);
    expect(await prisma.practitioner.count({ where: { lastName: "Autre" } })).toBe(0);
  });

  it("gives namesakes distinct addresses", async () => {
    const id = await useCases.createPractitioner(ADMIN, newPractitioner("homonyme@exemple.fr"));
    expect((await prisma.practitioner.findUniqueOrThrow({ where: { id } })).slug).toBe(
      "dr-noemie-lefevre-2",
    );
  });

  it("refuses an unknown specialty on its field", async () => {
    await expect(
      useCases.createPractitioner(ADMIN, {
        ...newPractitioner("x@exemple.fr"),
        specialtyId: randomUUID(),
      }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ["specialtyId"] })] });
  });

  it("is for admins only", async () => {
    await expect(
      useCases.createPractitioner(PATIENT, newPractitioner("p@exemple.fr")),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.user.count({ where: { email: "p@exemple.fr" } })).toBe(0);
  });
});

describe("editing, verifying and listing", () => {
  it("edits the details, keeps the public address and renames the login", async () => {
    const id = await useCases.createPractitioner(
      ADMIN,
      newPractitioner("edit@exemple.fr", "Avant"),
    );
    const details = practitionerDetailsSchema.parse({
      title: "PR",
      firstName: "Noémie",
      lastName: "Après",
      specialtyId,
      timeZone: "Europe/Paris",
    });
    await useCases.updatePractitioner(ADMIN, id, details);

    expect(await useCases.getPractitioner(ADMIN, id)).toMatchObject({
      name: "Pr Noémie Après",
      slug: "dr-noemie-avant",
      email: "edit@exemple.fr",
      invitationPending: true,
    });
    expect(
      (await prisma.user.findUniqueOrThrow({ where: { email: "edit@exemple.fr" } })).name,
    ).toBe("Noémie Après");
    await expect(useCases.updatePractitioner(ADMIN, randomUUID(), details)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(useCases.updatePractitioner(PATIENT, id, details)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("verifies once, keeps the first stamp, and can withdraw the verification", async () => {
    const id = await useCases.createPractitioner(ADMIN, newPractitioner("verif@exemple.fr"));
    const first = new Date("2030-01-01T10:00:00Z");

    await useCases.setPractitionerVerification(ADMIN, id, true, first);
    await useCases.setPractitionerVerification(ADMIN, id, true, new Date("2030-02-01T10:00:00Z"));
    expect(await prisma.practitioner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      verified: true,
      verifiedAt: first,
    });

    await useCases.setPractitionerVerification(ADMIN, id, false);
    expect(await prisma.practitioner.findUniqueOrThrow({ where: { id } })).toMatchObject({
      verified: false,
      verifiedAt: null,
    });
    await expect(
      useCases.setPractitionerVerification(ADMIN, "pas-un-uuid", true),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("filters by verification and paginates", async () => {
    const verified = await useCases.listPractitioners(ADMIN, { status: "verified", page: 1 });
    const unverified = await useCases.listPractitioners(ADMIN, { status: "unverified", page: 1 });
    const all = await useCases.listPractitioners(ADMIN, { status: "all", page: 1 });

    // A set of the flags, not .every(): an empty page must fail, not pass vacuously.
    const flags = (page: typeof all) => new Set(page.practitioners.map((one) => one.verified));
    expect(flags(verified)).toEqual(new Set([true]));
    expect(flags(unverified)).toEqual(new Set([false]));
    expect(verified.total + unverified.total).toBe(all.total);
    expect(all.practitioners[0].email).toBe("verif@exemple.fr");
    expect(
      (await useCases.listPractitioners(ADMIN, { status: "all", page: 50 })).practitioners,
    ).toEqual([]);
    await expect(
      useCases.listPractitioners(
        { id: randomUUID(), role: "PRACTITIONER" },
        { status: "all", page: 1 },
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("resends an invitation with a new link until a password is chosen", async () => {
    const id = await useCases.createPractitioner(ADMIN, newPractitioner("renvoi@exemple.fr"));
    await useCases.resendInvitation(ADMIN, id);

    const user = await prisma.user.findUniqueOrThrow({
      where: { email: "renvoi@exemple.fr" },
      include: { authTokens: true },
    });
    expect(user.authTokens).toHaveLength(1);
    expect(await prisma.outboxMail.count({ where: { recipient: "renvoi@exemple.fr" } })).toBe(2);

    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: "set" } });
    await expect(useCases.resendInvitation(ADMIN, id)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
