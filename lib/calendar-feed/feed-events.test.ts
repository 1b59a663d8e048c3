import { describe, expect, it } from "vitest";
import {
  buildFeedIcs,
  etagMatches,
  feedEtag,
  patientInitials,
  type FeedAppointment,
} from "./feed-events";

const APPOINTMENT: FeedAppointment = {
  id: "0b6f3c1e-6a4e-4a53-9c55-0f3c2c1a9b10",
  // 9:00–9:30 in Paris (UTC+1 in January).
  startsAt: new Date("2027-01-12T08:00:00Z"),
  endsAt: new Date("2027-01-12T08:30:00Z"),
  updatedAt: new Date("2027-01-02T10:00:00Z"),
  practice: "Cabinet de la Roquette, 48 rue de la Roquette, 75011 Paris",
  patient: { firstName: "Élodie", lastName: "de Villiers" },
};

const unfold = (ics: string) => ics.replaceAll("\r\n ", "");

describe("patientInitials", () => {
  it.each([
    [{ firstName: "Élodie", lastName: "de Villiers" }, "É. D."],
    [{ firstName: "jean-marc", lastName: "O'Neil" }, "J. O."],
    [{ firstName: "<b>Zoé</b>", lastName: "  Roux" }, "B. R."],
    [{ firstName: null, lastName: null }, ""],
  ])("%o → %s", (patient, initials) => {
    expect(patientInitials(patient)).toBe(initials);
  });
});

describe("buildFeedIcs", () => {
  it("writes a neutral event in UTC with the practice, and no name by default", () => {
    const ics = unfold(buildFeedIcs("fr", [APPOINTMENT], { showInitials: false }));
    expect(ics).toContain("SUMMARY:Rendez-vous Praxis\r\n");
    expect(ics).toContain("DTSTART:20270112T080000Z\r\n");
    expect(ics).toContain("DTEND:20270112T083000Z\r\n");
    expect(ics).toContain(`UID:${APPOINTMENT.id}@praxis-agenda\r\n`);
    expect(ics).toContain(
      "LOCATION:Cabinet de la Roquette\\, 48 rue de la Roquette\\, 75011 Paris",
    );
    expect(ics).not.toMatch(/Élodie|Villiers|DESCRIPTION|METHOD/);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });

  it.each([
    ["en", "SUMMARY:Praxis appointment – É. D."],
    ["de", "SUMMARY:Praxis-Termin – É. D."],
  ] as const)("titles events in %s, with initials when opted in", (locale, summary) => {
    const ics = unfold(buildFeedIcs(locale, [APPOINTMENT], { showInitials: true }));
    expect(ics).toContain(`${summary}\r\n`);
    expect(ics).not.toMatch(/Élodie|Villiers/);
  });

  it("gives the same text, hence the same ETag, for the same data", () => {
    const first = buildFeedIcs("fr", [APPOINTMENT], { showInitials: false });
    const again = buildFeedIcs("fr", [APPOINTMENT], { showInitials: false });
    const moved = buildFeedIcs(
      "fr",
      [{ ...APPOINTMENT, endsAt: new Date("2027-01-12T08:45:00Z") }],
      {
        showInitials: false,
      },
    );
    expect(feedEtag(again)).toBe(feedEtag(first));
    expect(feedEtag(moved)).not.toBe(feedEtag(first));
    expect(feedEtag(first)).toMatch(/^"[\w-]{43}"$/);
  });
});

describe("etagMatches", () => {
  const etag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ["*", true],
    ['"abd"', false],
    ["abc", false],
    [null, false],
  ])("If-None-Match %s → %s", (header, matches) => {
    expect(etagMatches(header, etag)).toBe(matches);
  });
});
