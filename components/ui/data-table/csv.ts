/** One CSV column: its header and how a row gives its cell. */
export type CsvColumn<Row> = { header: string; value: (row: Row) => string | number | boolean | Date | null | undefined };

// Cells a spreadsheet would run as a formula (OWASP "CSV injection"): prefixed with ' so they stay text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell per RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The rows as CSV text: a header line, then one line per row, CRLF-separated, as RFC 4180 says. */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => csvCell(column.value(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** A file name safe on every OS, dated: "policies-2026-12-01.csv". */
export function csvFileName(list: string, now: Date): string {
  return `${list.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${now.toISOString().slice(0, 10)}.csv`;
}
