import { describe, expect, it } from "vitest";
import { buildIcs, type IcsEvent } from "./build-ics";

const EVENT: IcsEvent = {
  uid: "0b6f3c1e-6a4e-4a53-9c55-0f3c2c1a9b10@praxis",
  sequence: 0,
  // 14:30–15:00 in Paris (UTC+1 in March).
  startsAt: new Date("2026-03-03T13:30:00Z"),
  endsAt: new Date("2026-03-03T14:00:00Z"),
  location: "12 boulevard Voltaire, 75011 Paris",
  manageUrl: "https://praxis.example/espace-patient/rendez-vous",
  cancelled: false,
  organizerEmail: "no-reply@praxis.example",
  attendeeEmail: "marc@example.org",
};
const NOW = new Date("2026-02-20T08:00:00Z");

const unfold = (ics: string) => ics.replace(/\r\n /g, "");
const property = (ics: string, name: string) =>
  unfold(ics)
    .split("\r\n")
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

describe("buildIcs", () => {
  it("writes a neutral event in UTC with a stable UID", () => {
    const ics = buildIcs("fr", EVENT, "REQUEST", NOW);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(property(ics, "METHOD")).toEqual(["METHOD:REQUEST"]);
    expect(property(ics, "UID")).toEqual([`UID:${EVENT.uid}`]);
    expect(property(ics, "SEQUENCE")).toEqual(["SEQUENCE:0"]);
    expect(property(ics, "DTSTART")).toEqual(["DTSTART:20260303T133000Z"]);
    expect(property(ics, "DTEND")).toEqual(["DTEND:20260303T140000Z"]);
    expect(property(ics, "DTSTAMP")).toEqual(["DTSTAMP:20260220T080000Z"]);
    expect(property(ics, "SUMMARY")).toEqual(["SUMMARY:Rendez-vous médical"]);
    expect(property(ics, "LOCATION")).toEqual(["LOCATION:12 boulevard Voltaire\\, 75011 Paris"]);
    expect(property(ics, "STATUS")).toEqual(["STATUS:CONFIRMED"]);
    expect(property(ics, "ORGANIZER")).toEqual([
      'ORGANIZER;CN="Praxis":mailto:no-reply@praxis.example',
    ]);
    expect(property(ics, "ATTENDEE")[0]).toMatch(/PARTSTAT=ACCEPTED.*:mailto:marc@example\.org$/i);
  });

  it("cancels the same event with a higher sequence", () => {
    const ics = buildIcs("fr", { ...EVENT, sequence: 2, cancelled: true }, "CANCEL", NOW);
    expect(property(ics, "METHOD")).toEqual(["METHOD:CANCEL"]);
    expect(property(ics, "UID")).toEqual([`UID:${EVENT.uid}`]);
    expect(property(ics, "SEQUENCE")).toEqual(["SEQUENCE:2"]);
    expect(property(ics, "STATUS")).toEqual(["STATUS:CANCELLED"]);
  });

  it("publishes a download without organizer or attendee", () => {
    const ics = buildIcs("fr", EVENT, "PUBLISH", NOW);
    expect(property(ics, "ORGANIZER")).toEqual([]);
    expect(property(ics, "ATTENDEE")).toEqual([]);
  });

  it("folds long lines at 75 octets without splitting a character, and escapes text", () => {
    const location = `${"Résidence « Les Érables », bâtiment B; ".repeat(4)}\n2e étage`;
    const ics = buildIcs("fr", { ...EVENT, location }, "PUBLISH", NOW);
    for (const line of ics.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(ics).not.toContain("\uFFFD");
    const [unfolded] = property(ics, "LOCATION");
    expect(unfolded).toContain("bâtiment B\\; Résidence");
    expect(unfolded.endsWith("\\n2e étage")).toBe(true);
  });

  it.each([
    ["en", "SUMMARY:Medical appointment", "DESCRIPTION:Manage this appointment: "],
    ["de", "SUMMARY:Arzttermin", "DESCRIPTION:Termin verwalten: "],
  ] as const)("writes the title and description in %s", (locale, summary, description) => {
    const ics = buildIcs(locale, EVENT, "PUBLISH", NOW).replaceAll("\r\n ", "");
    expect(property(ics, "SUMMARY")).toEqual([summary]);
    expect(property(ics, "DESCRIPTION")[0]).toContain(description);
  });
});
