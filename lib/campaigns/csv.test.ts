import { describe, expect, it } from "vitest";
import { csvField, csvLine, publishedTableCsv } from "./csv";
import { zeroCounts } from "./funnel";
import { publishTable } from "./suppression";

describe("csvField", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvField("2026-11-01")).toBe("2026-11-01");
    expect(csvField(42)).toBe("42");
    expect(csvField("< 10")).toBe("< 10");
  });

  it("quotes separators, quotes and line breaks", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('dit "bonjour"')).toBe('"dit ""bonjour"""');
    expect(csvField("deux\nlignes")).toBe('"deux\nlignes"');
    expect(csvField("a;b")).toBe('"a;b"');
  });

  it("keeps a spreadsheet from reading text as a formula", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+33")).toBe("'+33");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("-1,5")).toBe(`"'-1,5"`);
    expect(csvField(-1)).toBe("-1");
  });

  it("ends each line with CRLF", () => {
    expect(csvLine(["a", 1])).toBe("a,1\r\n");
  });
});

describe("publishedTableCsv", () => {
  it("writes the days, then the totals, with withheld numbers as words", () => {
    const table = publishTable(
      [
        { day: "2026-11-01", counts: { ...zeroCounts(), LANDING: 25, SEARCH: 12 } },
        { day: "2026-11-02", counts: { ...zeroCounts(), LANDING: 3, SEARCH: 11 } },
      ],
      10,
    );
    const csv = publishedTableCsv(table, {
      below: "< 10",
      masked: "masqué",
      total: "total",
      day: "jour",
    });
    expect(csv.split("\r\n")).toEqual([
      "jour,LANDING,SEARCH,PROFILE_VIEW,BOOKING_STARTED,BOOKING_COMPLETED",
      "2026-11-01,25,12,< 10,< 10,< 10",
      "2026-11-02,< 10,11,< 10,< 10,< 10",
      "total,masqué,23,masqué,masqué,masqué",
      "",
    ]);
  });
});
