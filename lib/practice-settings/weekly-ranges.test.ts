import { describe, expect, it } from "vitest";
import { weeklyHoursInputSchema } from "./schemas";
import {
  audienceFlags,
  audienceOf,
  isInsideHours,
  overlappingRanges,
  parseTimeOfDay,
  rangeProblem,
} from "./weekly-ranges";

const range = (weekday: number, startMinute: number, endMinute: number) => ({
  weekday,
  startMinute,
  endMinute,
});

describe("parseTimeOfDay", () => {
  it("reads HH:MM up to 24:00, the end of a day", () => {
    expect(parseTimeOfDay("08:30")).toBe(510);
    expect(parseTimeOfDay("00:00")).toBe(0);
    expect(parseTimeOfDay("24:00")).toBe(1440);
  });

  it("refuses anything else", () => {
    for (const value of ["8:30", "24:01", "25:00", "12:60", "", "noon", "12h30"]) {
      expect(parseTimeOfDay(value)).toBeNull();
    }
  });
});

describe("rangeProblem", () => {
  it("accepts a range inside one day", () => {
    expect(rangeProblem(range(1, 540, 720))).toBeNull();
    expect(rangeProblem(range(1, 1380, 1440))).toBeNull();
  });

  it("refuses an end before or at the start, and a range past midnight", () => {
    expect(rangeProblem(range(1, 720, 540))).toBe("endBeforeStart");
    expect(rangeProblem(range(1, 540, 540))).toBe("endBeforeStart");
    expect(rangeProblem(range(1, 1380, 1500))).toBe("pastMidnight");
    expect(rangeProblem(range(1, 1440, 1440))).toBe("pastMidnight");
  });
});

describe("overlappingRanges", () => {
  it("finds ranges of one weekday that share time, whatever their order", () => {
    expect(overlappingRanges([range(1, 600, 720), range(2, 540, 600), range(1, 540, 660)])).toEqual(
      [0, 2],
    );
  });

  it("lets ranges touch (a lunch break of zero minutes) and other weekdays share hours", () => {
    expect(
      overlappingRanges([range(1, 540, 720), range(1, 720, 1080), range(2, 540, 720)]),
    ).toEqual([]);
  });

  it("finds a range inside a longer one", () => {
    expect(overlappingRanges([range(3, 480, 1200), range(3, 600, 660)])).toEqual([0, 1]);
  });
});

describe("weeklyHoursInputSchema", () => {
  const input = (ranges: object[]) => ({
    locationId: "2b0c7a7e-9a0a-4b53-8d55-6b1d8a4a3b11",
    effectiveFrom: "2030-01-07",
    ranges,
  });

  it("turns times into minutes", () => {
    expect(
      weeklyHoursInputSchema.parse(input([{ weekday: 1, start: "09:00", end: "12:30" }])).ranges,
    ).toEqual([range(1, 540, 750)]);
  });

  it("says which range is wrong, and why", () => {
    const result = weeklyHoursInputSchema.safeParse(
      input([
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "11:00", end: "13:00" },
        { weekday: 2, start: "18:00", end: "08:00" },
        { weekday: 3, start: "22:00", end: "26:00" },
      ]),
    );
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["ranges.2.end", "practiceSettings.validation.endBeforeStart"],
        ["ranges.3.end", "practiceSettings.validation.time"],
      ]),
    );
  });

  it("refuses overlapping ranges of one day", () => {
    const result = weeklyHoursInputSchema.safeParse(
      input([
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "11:00", end: "13:00" },
      ]),
    );
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "ranges.0",
      "ranges.1",
    ]);
  });
});

describe("isInsideHours", () => {
  // Monday 2030-01-07 in Paris (UTC+1).
  const windows = [
    { ...range(1, 540, 720), locationId: "a", validFrom: null, validTo: null },
    {
      ...range(1, 840, 1080),
      locationId: "b",
      validFrom: new Date("2030-01-14T00:00:00Z"),
      validTo: null,
    },
  ];
  const at = (start: string, end: string, locationId: string | null = "a") => ({
    startsAt: new Date(start),
    endsAt: new Date(end),
    locationId,
  });

  it("is inside when a window of its practice, valid that day, holds it whole", () => {
    expect(
      isInsideHours(at("2030-01-07T08:00:00Z", "2030-01-07T08:30:00Z"), windows, "Europe/Paris"),
    ).toBe(true);
    expect(
      isInsideHours(at("2030-01-07T10:30:00Z", "2030-01-07T11:00:00Z"), windows, "Europe/Paris"),
    ).toBe(true);
  });

  it("is outside past the end, at another practice, or before a window starts to be valid", () => {
    expect(
      isInsideHours(at("2030-01-07T10:45:00Z", "2030-01-07T11:15:00Z"), windows, "Europe/Paris"),
    ).toBe(false);
    expect(
      isInsideHours(
        at("2030-01-07T08:00:00Z", "2030-01-07T08:30:00Z", "b"),
        windows,
        "Europe/Paris",
      ),
    ).toBe(false);
    expect(
      isInsideHours(
        at("2030-01-07T14:00:00Z", "2030-01-07T14:30:00Z", "b"),
        windows,
        "Europe/Paris",
      ),
    ).toBe(false);
    expect(
      isInsideHours(
        at("2030-01-14T14:00:00Z", "2030-01-14T14:30:00Z", "b"),
        windows,
        "Europe/Paris",
      ),
    ).toBe(true);
  });
});

describe("motive audiences", () => {
  it("maps each choice onto the two stored flags and back", () => {
    for (const audience of ["ALL", "NEW", "RETURNING", "PRACTICE"] as const) {
      expect(audienceOf(audienceFlags(audience))).toBe(audience);
    }
    expect(audienceFlags("PRACTICE")).toEqual({ allowNewPatients: false, allowReturning: false });
  });
});
