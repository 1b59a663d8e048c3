import { beforeAll, describe, expect, it } from "vitest";
import { subjectProblem } from "@/lib/mail/subject-policy";
import { MOTIVES_BY_SPECIALTY } from "@/prisma/seed/data/motives";
import { SPECIALTIES } from "@/prisma/seed/data/specialties";
import type { AppointmentMailKind, AppointmentNotice } from "./appointment-mail";

let composeAppointmentMail: typeof import("./appointment-mail").composeAppointmentMail;

beforeAll(async () => {
  process.env.APP_URL = "https://praxis.example";
  process.env.DATABASE_URL ??= "postgresql://unused@127.0.0.1:5432/unused";
  ({ composeAppointmentMail } = await import("./appointment-mail"));
});

const NOTICE: AppointmentNotice = {
  appointmentId: "0b6f3c1e-6a4e-4a53-9c55-0f3c2c1a9b10",
  recipient: "marc@example.org",
  // Tuesday 3 March 2026, 14:30 in Paris.
  startsAt: new Date("2026-03-03T13:30:00Z"),
  endsAt: new Date("2026-03-03T14:00:00Z"),
  timeZone: "Europe/Paris",
  practitionerName: "Claire Martin",
  address: "12 boulevard Voltaire, 75011 Paris",
  relativeName: "Léa Durand",
  changeableUntil: new Date("2026-03-02T13:30:00Z"),
  calendar: { rootId: "0b6f3c1e-6a4e-4a53-9c55-0f3c2c1a9b10", sequence: 0 },
};
const NOW = new Date("2026-02-20T08:00:00Z");
const KINDS: AppointmentMailKind[] = ["confirmation", "cancellation", "reschedule", "reminder"];

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

// Every specialty and motive name of the demo data, as the health terms a mail must not carry.
const HEALTH_TERMS = [
  ...SPECIALTIES.flatMap((specialty) => [specialty.nameFr, ...specialty.synonyms]),
  ...Object.values(MOTIVES_BY_SPECIALTY).flatMap((motives) => motives.map((motive) => motive.name)),
].filter((term) => term.length > 3);

function allTextOf(kind: AppointmentMailKind): string {
  const mail = composeAppointmentMail(kind, NOTICE, NOW);
  const attachments = mail.attachments.map((file) =>
    Buffer.from(file.content, "base64").toString(),
  );
  return [mail.subject, mail.text, mail.html, ...attachments].join("\n");
}

describe("appointment mails", () => {
  it("name the local day and time in the subject", () => {
    expect(composeAppointmentMail("confirmation", NOTICE, NOW).subject).toBe(
      "Votre rendez-vous du mardi 3 mars à 14 h 30",
    );
    expect(composeAppointmentMail("cancellation", NOTICE, NOW).subject).toBe(
      "Annulation de votre rendez-vous du mardi 3 mars à 14 h 30",
    );
    expect(composeAppointmentMail("reminder", NOTICE, NOW).subject).toBe(
      "Rappel : votre rendez-vous du mardi 3 mars à 14 h 30",
    );
  });

  it.each(KINDS)("%s: passes the subject policy and has one dedupe key", (kind) => {
    const mail = composeAppointmentMail(kind, NOTICE, NOW);
    expect(subjectProblem(mail.subject)).toBeNull();
    expect(mail.dedupeKey).toBe(`appointment-${kind}:${NOTICE.appointmentId}`);
  });

  it.each(KINDS)("%s: body says when, where, for whom, and links to the patient area", (kind) => {
    const { text, html } = composeAppointmentMail(kind, NOTICE, NOW);
    for (const body of [text, html]) {
      expect(body).toContain("mardi 3 mars 2026 à 14 h 30");
      expect(body).toContain("Léa Durand");
      expect(body).toContain("https://praxis.example/espace-patient/rendez-vous");
    }
    if (kind !== "cancellation") expect(text).toContain("12 boulevard Voltaire, 75011 Paris");
  });

  it.each(KINDS)("%s: names no specialty, motive or practitioner title anywhere", (kind) => {
    const everything = fold(allTextOf(kind));
    for (const term of HEALTH_TERMS) expect(everything).not.toContain(fold(term));
    expect(everything).not.toMatch(/\b(dr|pr)\.? /);
  });

  it("attaches a REQUEST invitation to confirmations and a CANCEL to cancellations", () => {
    const ics = (kind: AppointmentMailKind) =>
      composeAppointmentMail(kind, NOTICE, NOW).attachments.map((file) =>
        Buffer.from(file.content, "base64").toString(),
      );
    expect(ics("confirmation")[0]).toContain("METHOD:REQUEST");
    expect(ics("cancellation")[0]).toContain("METHOD:CANCEL");
    expect(ics("reminder")).toEqual([]);
  });
});
