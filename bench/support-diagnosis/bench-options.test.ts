import { describe, expect, it } from "vitest";
import { parseDiagnosisBenchOptions } from "./bench-options";

describe("parseDiagnosisBenchOptions", () => {
  it("defaults to ten thousand users over a week", () => {
    expect(parseDiagnosisBenchOptions([])).toEqual({ users: 10_000, days: 7, seed: 1, examples: 12 });
  });

  it("takes every flag, with digit separators, and --help", () => {
    expect(parseDiagnosisBenchOptions(["--users", "2_000", "--days", "2", "--seed", "20261128", "--examples", "0"])).toEqual({
      users: 2_000,
      days: 2,
      seed: 20_261_128,
      examples: 0,
    });
    expect(parseDiagnosisBenchOptions(["--help"])).toBeNull();
  });

  it("names the flag that is wrong", () => {
    expect(() => parseDiagnosisBenchOptions(["--users", "many"])).toThrow(/--users must be a whole number/);
    expect(() => parseDiagnosisBenchOptions(["--days", "0"])).toThrow(/--days must be a whole number from 1/);
    expect(() => parseDiagnosisBenchOptions(["--fast"])).toThrow(/Unknown flag --fast/);
  });
});
