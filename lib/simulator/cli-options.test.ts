import { describe, expect, it } from "vitest";
import { parseSimulateArgs } from "./cli-options";

describe("parseSimulateArgs", () => {
  it("reads every option", () => {
    const argv = ["--users", "10000", "--days", "7", "--rate", "200", "--url", "http://127.0.0.1:4000/", "--token", "abc", "--seed", "9", "--batch", "1000"];
    expect(parseSimulateArgs(argv, {})).toEqual({ users: 10_000, days: 7, rate: 200, url: "http://127.0.0.1:4000", token: "abc", seed: 9, batch: 1000 });
  });

  it("falls back to defaults and to INGEST_TOKEN", () => {
    expect(parseSimulateArgs([], { INGEST_TOKEN: "from-env" })).toEqual({
      users: 1000,
      days: 7,
      rate: 200,
      url: "http://localhost:3000",
      token: "from-env",
      seed: 1,
      batch: 500,
    });
    expect(parseSimulateArgs(["--token", "flag"], { INGEST_TOKEN: "env" })?.token).toBe("flag");
  });

  it("returns null for --help", () => {
    expect(parseSimulateArgs(["--help"], {})).toBeNull();
  });

  it("names the flag that is wrong", () => {
    const env = { INGEST_TOKEN: "t" };
    expect(() => parseSimulateArgs([], {})).toThrow("No ingest token: pass --token or set INGEST_TOKEN");
    expect(() => parseSimulateArgs(["--users", "ten"], env)).toThrow('--users must be a number from 1 to 10000000, got "ten"');
    expect(() => parseSimulateArgs(["--users", "1.5"], env)).toThrow("--users must be a whole number");
    expect(() => parseSimulateArgs(["--batch", "1001"], env)).toThrow(/--batch/);
    expect(() => parseSimulateArgs(["--rate", "-1"], env)).toThrow(/--rate/);
    expect(() => parseSimulateArgs(["--url", "localhost:3000"], env)).toThrow(/--url/);
    expect(() => parseSimulateArgs(["--colour"], env)).toThrow(/colour/);
  });
});
