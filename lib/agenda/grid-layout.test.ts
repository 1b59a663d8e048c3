import { describe, expect, it } from "vitest";
import {
  assignLanes,
  gridBounds,
  gridRows,
  laneColumns,
  nowMinuteOn,
  rowCount,
  spanOnDay,
} from "./grid-layout";

const PARIS = "Europe/Paris";
const at = (iso: string) => Date.parse(iso);

describe("spanOnDay", () => {
  it("reads the wall clock of the zone, in winter and in summer", () => {
    // 09:00 in Paris is 08:00Z in winter and 07:00Z in summer.
    expect(
      spanOnDay(at("2026-01-15T08:00:00Z"), at("2026-01-15T08:20:00Z"), "2026-01-15", PARIS),
    ).toEqual({ start: 540, end: 560 });
    expect(
      spanOnDay(at("2026-07-15T07:00:00Z"), at("2026-07-15T07:20:00Z"), "2026-07-15", PARIS),
    ).toEqual({ start: 540, end: 560 });
  });

  it("keeps 09:00 on the 09:00 line on both sides of a change of summer time", () => {
    // Spring forward on Sunday 2026-03-29: Saturday 09:00 = 08:00Z, Monday 09:00 = 07:00Z.
    expect(
      spanOnDay(at("2026-03-28T08:00:00Z"), at("2026-03-28T08:30:00Z"), "2026-03-28", PARIS)?.start,
    ).toBe(540);
    expect(
      spanOnDay(at("2026-03-30T07:00:00Z"), at("2026-03-30T07:30:00Z"), "2026-03-30", PARIS)?.start,
    ).toBe(540);
    // On the day itself, 03:00 (01:00Z) comes right after 01:59 (00:59Z).
    expect(
      spanOnDay(at("2026-03-29T01:00:00Z"), at("2026-03-29T01:30:00Z"), "2026-03-29", PARIS),
    ).toEqual({ start: 180, end: 210 });
  });

  it("never gives a negative span across a fall-back", () => {
    // 02:45 summer time to 02:15 winter time (00:45Z to 01:15Z on 2026-10-25).
    expect(
      spanOnDay(at("2026-10-25T00:45:00Z"), at("2026-10-25T01:15:00Z"), "2026-10-25", PARIS),
    ).toEqual({ start: 165, end: 170 });
  });

  it("cuts what crosses midnight to the day asked, and ignores other days", () => {
    const night = [at("2026-01-15T22:00:00Z"), at("2026-01-16T01:00:00Z")] as const; // 23:00–02:00
    expect(spanOnDay(...night, "2026-01-15", PARIS)).toEqual({ start: 1380, end: 1440 });
    expect(spanOnDay(...night, "2026-01-16", PARIS)).toEqual({ start: 0, end: 120 });
    expect(spanOnDay(...night, "2026-01-17", PARIS)).toBeNull();
  });
});

describe("the grid's rows", () => {
  it("spans 08:00–19:00 at least, widened to whole hours around what is shown", () => {
    expect(gridBounds([])).toEqual({ start: 480, end: 1140 });
    expect(
      gridBounds([
        { start: 450, end: 470 },
        { start: 1190, end: 1210 },
      ]),
    ).toEqual({ start: 420, end: 1260 });
    expect(rowCount({ start: 480, end: 1140 })).toBe(132);
  });

  it("places a span on 5-minute rows, at least two (a 24 px target), clipped to the bounds", () => {
    const bounds = { start: 480, end: 1140 };
    expect(gridRows({ start: 540, end: 560 }, bounds)).toEqual({ start: 13, span: 4 });
    expect(gridRows({ start: 542, end: 544 }, bounds)).toEqual({ start: 13, span: 2 });
    expect(gridRows({ start: 400, end: 490 }, bounds)).toEqual({ start: 1, span: 2 });
  });
});

describe("assignLanes", () => {
  it("puts apart only what overlaps, and a group shares its width", () => {
    const lanes = assignLanes([
      { start: 540, end: 570 },
      { start: 550, end: 560 },
      { start: 560, end: 590 },
      { start: 600, end: 620 },
    ]);
    expect(lanes).toEqual([
      { lane: 0, lanes: 2 },
      { lane: 1, lanes: 2 },
      { lane: 1, lanes: 2 },
      { lane: 0, lanes: 1 },
    ]);
    expect(laneColumns(lanes[1])).toEqual({ start: 31, span: 30 });
    expect(laneColumns(lanes[3])).toEqual({ start: 1, span: 60 });
  });

  it("lets back-to-back appointments share the full width", () => {
    expect(
      assignLanes([
        { start: 540, end: 560 },
        { start: 560, end: 580 },
      ]),
    ).toEqual([
      { lane: 0, lanes: 1 },
      { lane: 0, lanes: 1 },
    ]);
  });

  it("caps the lanes so that a column stays readable", () => {
    const stacked = Array.from({ length: 8 }, () => ({ start: 540, end: 600 }));
    const lanes = assignLanes(stacked);
    expect(Math.max(...lanes.map((lane) => lane.lane))).toBe(5);
    expect(lanes.every((lane) => lane.lanes === 6)).toBe(true);
  });
});

describe("nowMinuteOn", () => {
  it("is the wall-clock minute on today's column only", () => {
    const now = at("2026-03-30T12:34:00Z"); // 14:34 in Paris (summer time)
    expect(nowMinuteOn(now, "2026-03-30", PARIS)).toBe(874);
    expect(nowMinuteOn(now, "2026-03-31", PARIS)).toBeNull();
  });
});
