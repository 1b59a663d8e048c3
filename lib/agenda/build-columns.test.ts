import { describe, expect, it } from "vitest";
import type { AgendaAppointment } from "./agenda-types";
import { buildColumns, openingSpans, type AgendaInput } from "./build-columns";

const PARIS = "Europe/Paris";
const A = { id: "a", name: "Roquette", city: "Paris" };
const B = { id: "b", name: "Voltaire", city: "Paris" };

function appointment(
  id: string,
  startsAt: string,
  endsAt: string,
  practiceId: string | null,
): AgendaAppointment {
  return {
    id,
    startsAt,
    endsAt,
    status: "BOOKED",
    practiceId,
    patient: { id: `p-${id}`, firstName: "Léa", lastName: "Roux", phone: null },
    motive: { id: "m", name: "Suivi", color: "#1d4ed8" },
    bookedBy: "PATIENT",
  };
}

const base: AgendaInput = {
  view: "week",
  days: [
    "2026-03-23",
    "2026-03-24",
    "2026-03-25",
    "2026-03-26",
    "2026-03-27",
    "2026-03-28",
    "2026-03-29",
  ],
  timeZone: PARIS,
  practiceId: null,
  practices: [A],
  openingHours: [],
  appointments: [],
  absences: [],
  freeTimes: [],
};

describe("buildColumns", () => {
  it("puts a week's 09:00 appointments on the same row before and after the spring change", () => {
    const week = {
      ...base,
      days: [
        "2026-03-23",
        "2026-03-24",
        "2026-03-25",
        "2026-03-26",
        "2026-03-27",
        "2026-03-28",
        "2026-03-29",
      ],
      appointments: [
        appointment("sat", "2026-03-28T08:00:00Z", "2026-03-28T08:20:00Z", "a"), // 09:00 CET
        appointment("sun", "2026-03-29T07:00:00Z", "2026-03-29T07:20:00Z", "a"), // 09:00 CEST
      ],
    };
    const { columns } = buildColumns(week);
    expect(columns).toHaveLength(7);
    const rowsOf = (date: string) =>
      columns
        .find((column) => column.date === date)!
        .items.find((item) => item.kind === "appointment")!.rows;
    expect(rowsOf("2026-03-28")).toEqual(rowsOf("2026-03-29"));
    expect(rowsOf("2026-03-29")).toEqual({ start: 13, span: 4 });
  });

  it("gives a day one column per practice, each with its own appointments and hours", () => {
    const day: AgendaInput = {
      ...base,
      view: "day",
      days: ["2026-03-24"],
      practices: [A, B],
      openingHours: [
        {
          weekday: 2,
          startMinute: 510,
          endMinute: 750,
          practiceId: "a",
          validFrom: null,
          validTo: null,
        },
        {
          weekday: 2,
          startMinute: 840,
          endMinute: 1140,
          practiceId: "b",
          validFrom: null,
          validTo: null,
        },
      ],
      appointments: [
        appointment("morning", "2026-03-24T08:00:00Z", "2026-03-24T08:20:00Z", "a"),
        appointment("afternoon", "2026-03-24T14:00:00Z", "2026-03-24T14:20:00Z", "b"),
        appointment("video", "2026-03-24T10:00:00Z", "2026-03-24T10:15:00Z", null),
      ],
    };
    const { columns } = buildColumns(day);
    expect(columns.map((column) => column.practice?.id)).toEqual(["a", "b"]);
    const ids = (index: number) =>
      columns[index].items.flatMap((item) =>
        item.kind === "appointment" ? [item.appointment.id] : [],
      );
    expect(ids(0)).toEqual(["morning", "video"]);
    expect(ids(1)).toEqual(["afternoon"]);
    expect(
      columns[1].items.filter((item) => item.kind === "opening").map((item) => item.span),
    ).toEqual([{ start: 840, end: 1140 }]);
    // Filtered to one practice: a single column.
    expect(buildColumns({ ...day, practiceId: "b" }).columns).toHaveLength(1);
  });

  it("shares the width between overlapping appointments", () => {
    const { columns } = buildColumns({
      ...base,
      view: "day",
      days: ["2026-01-15"],
      appointments: [
        appointment("one", "2026-01-15T08:00:00Z", "2026-01-15T08:30:00Z", "a"),
        appointment("two", "2026-01-15T08:10:00Z", "2026-01-15T08:20:00Z", "a"),
      ],
    });
    const lanes = columns[0].items.flatMap((item) =>
      item.kind === "appointment" ? [item.columns] : [],
    );
    expect(lanes).toEqual([
      { start: 1, span: 30 },
      { start: 31, span: 30 },
    ]);
  });
});

describe("openingSpans", () => {
  it("keeps the windows valid that day, of that weekday", () => {
    const hours = [
      {
        weekday: 1,
        startMinute: 540,
        endMinute: 720,
        practiceId: "a",
        validFrom: "2026-03-01",
        validTo: null,
      },
      {
        weekday: 1,
        startMinute: 840,
        endMinute: 900,
        practiceId: "a",
        validFrom: null,
        validTo: "2026-02-28",
      },
      {
        weekday: 2,
        startMinute: 540,
        endMinute: 720,
        practiceId: "a",
        validFrom: null,
        validTo: null,
      },
    ];
    expect(openingSpans(hours, "2026-03-23", null)).toEqual([{ start: 540, end: 720 }]);
  });

  it("leaves out a free time that a short appointment, drawn taller, would cover", () => {
    const day = {
      ...base,
      view: "day" as const,
      days: ["2026-03-24"],
      // A 5-minute appointment at 10:00 is drawn 10 minutes tall (MIN_ROWS).
      appointments: [appointment("short", "2026-03-24T09:00:00Z", "2026-03-24T09:05:00Z", "a")],
      freeTimes: [
        { startsAt: "2026-03-24T09:05:00Z", endsAt: "2026-03-24T09:15:00Z", practiceId: "a" },
        { startsAt: "2026-03-24T09:15:00Z", endsAt: "2026-03-24T09:25:00Z", practiceId: "a" },
      ],
    };
    const [column] = buildColumns(day).columns;
    const free = column.items.filter((item) => item.kind === "free");
    expect(free.map((item) => item.key)).toEqual(["free-2026-03-24T09:15:00Z"]);
  });
});
