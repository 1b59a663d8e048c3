import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csv", () => {
  it("quotes every cell and doubles quotes", () => {
    expect(csvCell('Dupont "Jo"')).toBe('"Dupont ""Jo"""');
    expect(csvCell(null)).toBe('""');
  });

  it("defuses what a spreadsheet would run as a formula", () => {
    for (const attack of ['=HYPERLINK("http://x")', "+33 6", "-1+1", "@SUM(A1)", "\tx", "\rx"]) {
      expect(csvCell(attack).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell("06 12 34 56 78")).toBe('"06 12 34 56 78"');
  });

  it("writes CRLF rows after a byte-order mark", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", null],
      ]),
    ).toBe('\uFEFF"a","b"\r\n"c",""\r\n');
  });
});
