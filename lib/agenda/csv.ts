// CSV for spreadsheets, safe against formula injection: a cell a spreadsheet would run as a
// formula (=, +, -, @, tab, carriage return at its start) is prefixed with a quote, as OWASP
// advises; every cell is quoted. Rows end with CRLF (RFC 4180). Pure.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | null | undefined): string {
  const text = value ?? "";
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function toCsv(rows: readonly (readonly (string | null | undefined)[])[]): string {
  // A byte-order mark, so that spreadsheets read the accents as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
