import { describe, expect, it } from "vitest";
import { parseBenchOptions } from "./bench-options";

describe("parseBenchOptions", () => {
  it("defaults to a million users and ten million events", () => {
    expect(parseBenchOptions([])).toMatchObject({ users: 1_000_000, events: 10_000_000, keep: false, database: null });
  });

  it("takes smaller sizes, with digit separators", () => {
    expect(parseBenchOptions(["--users", "50_000", "--events", "500,000", "--keep"])).toMatchObject({
      users: 50_000,
      events: 500_000,
      keep: true,
    });
  });

  it("names the flag that is wrong", () => {
    expect(() => parseBenchOptions(["--users", "many"])).toThrow(/--users must be a whole number/);
    expect(() => parseBenchOptions(["--server", "mysql://x"])).toThrow(/--server must be a postgresql:\/\/ URL/);
    expect(() => parseBenchOptions(["--fast"])).toThrow(/Unknown flag --fast/);
  });
});
