import { beforeAll, describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
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
  locale: "fr",
  relativeName: "Léa Durand",
  changeableUntil: new Date("2026-03-02T13:30:00Z"),
  calendar: { rootId: "0b6f3c1e-6a4e-4a53-9c55-0f3c2c1a9b10", sequence: 0 },
};
const NOW = new Date("2026-02-20T08:00:00Z");
const KINDS: AppointmentMailKind[] = ["confirmation", "cancellation", "reschedule", "reminder"];

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

// Every specialty and motive name of the demo data, as the health terms a mail must not carry.
const HEALTH_TERMS = [
  ...SPECIALTIES.flatMap((specialty) => [
    specialty.nameFr,
    specialty.nameEn,
    specialty.nameDe,
    ...specialty.synonyms,
  ]),
  ...Object.values(MOTIVES_BY_SPECIALTY).flatMap((motives) => motives.map((motive) => motive.name)),
].filter((term) => term.length > 3);

function allTextOf(kind: AppointmentMailKind, locale: Locale): string {
  const mail = composeAppointmentMail(kind, { ...NOTICE, locale }, NOW);
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

  const EVERY_KIND_AND_LANGUAGE = KINDS.flatMap((kind) =>
    LOCALES.map((locale) => [kind, locale] as const),
  );

  it.each(EVERY_KIND_AND_LANGUAGE)(
    "%s in %s: passes the subject policy and has one dedupe key",
    (kind, locale) => {
      const mail = composeAppointmentMail(kind, { ...NOTICE, locale }, NOW);
      expect(subjectProblem(mail.subject)).toBeNull();
      expect(mail.dedupeKey).toBe(`appointment-${kind}:${NOTICE.appointmentId}`);
    },
  );

  it("writes in the account holder's language, with its own date format and links", () => {
    const english = composeAppointmentMail("confirmation", { ...NOTICE, locale: "en" }, NOW);
    expect(english.subject).toBe("Your appointment on Tuesday 3 March at 2:30 PM");
    expect(english.text).toContain(
      "The appointment for Léa Durand is confirmed: Tuesday, 3 March 2026 at 2:30 PM, with Claire Martin.",
    );
    expect(english.text).toContain("https://praxis.example/en/espace-patient/rendez-vous");
    expect(english.html).toContain('<html lang="en">');
    const german = composeAppointmentMail(
      "reminder",
      { ...NOTICE, locale: "de", relativeName: null },
      NOW,
    );
    expect(german.subject).toBe("Erinnerung: Ihr Termin am Dienstag, 3. März um 14:30 Uhr");
    expect(german.text.startsWith("Guten Tag,")).toBe(true);
    expect(german.text).toContain(
      "Wir erinnern Sie an Ihren Termin: Dienstag, 3. März 2026 um 14:30 Uhr, bei Claire Martin.",
    );
    const cancelled = composeAppointmentMail("cancellation", { ...NOTICE, locale: "de" }, NOW);
    const ics = Buffer.from(cancelled.attachments[0]!.content, "base64").toString();
    expect(ics).toContain("SUMMARY:Arzttermin");
    expect(cancelled.attachments[0]!.filename).toBe("termin.ics");
  });

  it("keeps the French wording of a reschedule", () => {
    const moved = composeAppointmentMail(
      "reschedule",
      { ...NOTICE, previousStartsAt: new Date("2026-03-02T08:00:00Z") },
      NOW,
    );
    expect(moved.text).toContain(
      "Votre rendez-vous pour Léa Durand du lundi 2 mars 2026 à 9 h est déplacé au mardi 3 mars 2026 à 14 h 30, avec Claire Martin.",
    );
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

  it.each(EVERY_KIND_AND_LANGUAGE)(
    "%s in %s: names no specialty, motive or practitioner title anywhere",
    (kind, locale) => {
      const everything = fold(allTextOf(kind, locale));
      for (const term of HEALTH_TERMS) expect(everything).not.toContain(fold(term));
      expect(everything).not.toMatch(/\b(dr|pr)\.? /);
    },
  );

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
