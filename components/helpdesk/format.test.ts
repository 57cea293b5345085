import { describe, expect, it } from "vitest";
import { formatDelay } from "./format";

describe("formatDelay", () => {
  it.each([
    [0, "0 s"],
    [40_000, "40 s"],
    [59_600, "1 min"],
    [14 * 60_000, "14 min"],
    [59 * 60_000 + 40_000, "1 h"],
    [3 * 3_600_000 + 5 * 60_000, "3 h 5 min"],
    [86_400_000, "1 day"],
    [2 * 86_400_000 + 4 * 3_600_000 + 10 * 60_000, "2 days 4 h"],
  ])("writes %i ms as %s", (ms, text) => {
    expect(formatDelay(ms)).toBe(text);
  });
});
