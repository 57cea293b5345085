import { describe, expect, it } from "vitest";
import { csvCell, csvFileName, toCsv } from "./csv";

describe("csvCell", () => {
  it("quotes commas, quotes and line breaks and doubles quotes", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("keeps formula-looking text as text", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-2")).toBe("'-2");
  });

  it("writes numbers, booleans, dates and empties plainly", () => {
    expect(csvCell(-2)).toBe("-2");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(new Date("2026-12-01T10:00:00Z"))).toBe("2026-12-01T10:00:00.000Z");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("writes a header then one CRLF line per row, in column order", () => {
    const rows = [
      { name: "Sales, EMEA", members: 12 },
      { name: "Legal", members: 0 },
    ];
    const csv = toCsv([{ header: "Group", value: (row: (typeof rows)[number]) => row.name }, { header: "Members", value: (row) => row.members }], rows);
    expect(csv).toBe('Group,Members\r\n"Sales, EMEA",12\r\nLegal,0\r\n');
  });

  it("writes only the header for no rows", () => {
    expect(toCsv([{ header: "Group", value: (row: { name: string }) => row.name }], [])).toBe("Group\r\n");
  });
});

describe("csvFileName", () => {
  it("names the list and the day", () => {
    expect(csvFileName("Audit log", new Date("2026-12-01T23:59:00Z"))).toBe("audit-log-2026-12-01.csv");
  });
});
