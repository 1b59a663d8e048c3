import { describe, expect, it } from "vitest";
import { hoursOfMotive, motiveAllowsPatient, pickDefaultMotive } from "./policy";

const motive = (id: string, durationMinutes: number, overrides = {}) => ({
  id,
  durationMinutes,
  position: 0,
  allowNewPatients: true,
  allowReturning: true,
  ...overrides,
});

describe("motiveAllowsPatient", () => {
  it("checks the flag that matches the patient", () => {
    const followUp = motive("follow-up", 20, { allowNewPatients: false });
    expect(motiveAllowsPatient(followUp, true)).toBe(true);
    expect(motiveAllowsPatient(followUp, false)).toBe(false);
    const firstVisit = motive("first", 40, { allowReturning: false });
    expect(motiveAllowsPatient(firstVisit, true)).toBe(false);
    expect(motiveAllowsPatient(firstVisit, false)).toBe(true);
  });
});

describe("pickDefaultMotive", () => {
  it("takes the shortest motive, then the practitioner's order", () => {
    const motives = [
      motive("b", 30, { position: 2 }),
      motive("a", 20, { position: 3 }),
      motive("c", 20, { position: 1 }),
    ];
    expect(pickDefaultMotive(motives)?.id).toBe("c");
  });

  it("only counts motives open to the patient when that is known", () => {
    const motives = [motive("follow-up", 15, { allowNewPatients: false }), motive("first", 30)];
    expect(pickDefaultMotive(motives, false)?.id).toBe("first");
    expect(pickDefaultMotive(motives, true)?.id).toBe("follow-up");
    expect(pickDefaultMotive([], true)).toBeUndefined();
  });

  it("never stands for a practitioner with a motive the practice alone books", () => {
    const practiceOnly = motive("phone", 5, { allowNewPatients: false, allowReturning: false });
    expect(pickDefaultMotive([practiceOnly, motive("open", 30)])?.id).toBe("open");
    expect(pickDefaultMotive([practiceOnly])).toBeUndefined();
  });
});

describe("hoursOfMotive", () => {
  const hours = [{ locationId: "a" }, { locationId: "b" }, { locationId: "a" }];

  it("keeps the hours of the practices the motive is offered at", () => {
    expect(hoursOfMotive(hours, { locationIds: ["b"] })).toEqual([{ locationId: "b" }]);
  });

  it("keeps every practice's hours when the motive names none", () => {
    expect(hoursOfMotive(hours, { locationIds: [] })).toBe(hours);
    expect(hoursOfMotive(hours, {})).toBe(hours);
  });
});
