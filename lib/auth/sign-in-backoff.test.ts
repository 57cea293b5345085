import { describe, expect, it } from "vitest";
import { backoffSeconds } from "./sign-in-backoff";

describe("backoffSeconds", () => {
  it("lets the first failures through, then doubles the wait up to the cap", () => {
    const waits = Array.from({ length: 14 }, (_, index) => backoffSeconds(index + 1, 5, 900));
    expect(waits).toEqual([0, 0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
    expect(backoffSeconds(40, 5, 900)).toBe(900);
    expect(backoffSeconds(10_000, 5, 900)).toBe(900);
  });
});
