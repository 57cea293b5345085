import { describe, expect, it } from "vitest";
import { formatDateTime, formatRelative, plural } from "./time";

describe("time module", () => {
  it("names the zone in absolute times", () => {
    const text = formatDateTime("2026-03-04T05:06:07Z", { seconds: true });
    expect(text).toMatch(/2026/);
    expect(text).toMatch(/[A-Z]{2,5}|GMT/);
    expect(formatDateTime(null)).toBe("—");
    expect(formatDateTime("not a date")).toBe("—");
  });

  it("writes relative times through Intl.RelativeTimeFormat", () => {
    const now = Date.parse("2026-03-04T12:00:00Z");
    expect(formatRelative("2026-03-04T11:59:30Z", now)).toBe("just now");
    expect(formatRelative("2026-03-04T11:55:00Z", now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: "auto", style: "short" }).format(-5, "minute"));
    expect(formatRelative("2026-03-03T12:00:00Z", now)).toBe(new Intl.RelativeTimeFormat(undefined, { numeric: "auto", style: "short" }).format(-1, "day"));
    expect(formatRelative(null, now)).toBe("never");
  });

  it("picks the plural from Intl.PluralRules", () => {
    expect(plural(1, "user")).toBe("1 user");
    expect(plural(0, "user")).toBe("0 users");
    expect(plural(1204, "member")).toBe(`${(1204).toLocaleString()} members`);
    expect(plural(2, "day", "days")).toBe("2 days");
  });
});
