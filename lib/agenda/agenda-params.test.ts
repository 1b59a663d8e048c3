import { describe, expect, it } from "vitest";
import { agendaHref, daysShown, parseAgendaParams, shiftDate } from "./agenda-params";
import { agendaRangeQuerySchema, isCalendarDate } from "./schemas";

describe("parseAgendaParams", () => {
  it("reads a day, a view, a practice and a practitioner", () => {
    const id = "0b6f3c1e-8a4b-4c8e-9a43-1f2d3c4b5a69";
    expect(
      parseAgendaParams({ date: "2026-03-30", vue: "semaine", cabinet: id, praticien: id }),
    ).toEqual({
      date: "2026-03-30",
      view: "week",
      practiceId: id,
      practitionerId: id,
      notice: null,
    });
  });

  it("defaults to today's day view, silently", () => {
    expect(parseAgendaParams({})).toEqual({
      date: null,
      view: "day",
      practiceId: null,
      practitionerId: null,
      notice: null,
    });
  });

  it("falls back to today or the day view with a notice on wrong values", () => {
    expect(parseAgendaParams({ date: "2026-13-45" })).toMatchObject({
      date: null,
      notice: "badDate",
    });
    expect(parseAgendaParams({ date: "2026-02-30" })).toMatchObject({
      date: null,
      notice: "badDate",
    });
    expect(parseAgendaParams({ vue: "autre" })).toMatchObject({ view: "day", notice: "badView" });
    expect(parseAgendaParams({ vue: "toString" })).toMatchObject({
      view: "day",
      notice: "badView",
    });
    expect(parseAgendaParams({ cabinet: "x'; drop" })).toMatchObject({ practiceId: null });
    expect(parseAgendaParams({ date: ["2026-03-30", "2026-03-31"] })).toMatchObject({
      date: "2026-03-30",
    });
  });
});

describe("days and links", () => {
  it("shows the ISO week from Monday, across months and years", () => {
    expect(daysShown("2026-03-29", "week")).toEqual([
      "2026-03-23",
      "2026-03-24",
      "2026-03-25",
      "2026-03-26",
      "2026-03-27",
      "2026-03-28",
      "2026-03-29",
    ]);
    expect(daysShown("2027-01-01", "week")[0]).toBe("2026-12-28");
    expect(daysShown("2026-03-29", "day")).toEqual(["2026-03-29"]);
  });

  it("moves by a day or a week and writes the address", () => {
    expect(shiftDate("2026-03-01", "day", -1)).toBe("2026-02-28");
    expect(shiftDate("2026-12-28", "week", 1)).toBe("2027-01-04");
    expect(
      agendaHref({ date: "2026-03-30", view: "week", practiceId: null, practitionerId: null }),
    ).toBe("/espace-praticien?date=2026-03-30&vue=semaine");
  });
});

describe("the API's date range", () => {
  const parse = (query: Record<string, string>) => agendaRangeQuerySchema.safeParse(query);

  it("accepts real days, at most 62 of them, in order", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(parse({ from: "2026-01-01", to: "2026-03-03" }).success).toBe(true);
    expect(parse({ from: "2026-01-01", to: "2026-03-04" }).error?.issues[0].message).toBe(
      "agenda.errors.rangeTooLong",
    );
    expect(parse({ from: "2026-01-02", to: "2026-01-01" }).error?.issues[0].message).toBe(
      "agenda.errors.toBeforeFrom",
    );
    expect(parse({ from: "2026-13-45", to: "2026-01-01" }).error?.issues[0].message).toBe(
      "agenda.errors.date",
    );
  });
});
