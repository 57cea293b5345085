import { describe, expect, it } from "vitest";
import { parseCliArgs } from "@/scripts/cli/parse-args";

describe("parseCliArgs", () => {
  it("reads check with a file, defaulting to the table format", () => {
    expect(parseCliArgs(["check", "settings.json"])).toEqual({ kind: "check", source: "settings.json", format: "table" });
  });

  it("reads - as standard input and --format json in either spelling", () => {
    expect(parseCliArgs(["check", "-", "--format", "json"])).toEqual({ kind: "check", source: "-", format: "json" });
    expect(parseCliArgs(["--format=json", "check", "-"])).toEqual({ kind: "check", source: "-", format: "json" });
  });

  it("reads diagnose with a file or -, in either format", () => {
    expect(parseCliArgs(["diagnose", "user.json"])).toEqual({ kind: "diagnose", source: "user.json", format: "table" });
    expect(parseCliArgs(["diagnose", "-", "--format", "json"])).toEqual({ kind: "diagnose", source: "-", format: "json" });
  });

  it.each([["--help"], ["-h"], ["check", "--help"], ["diagnose", "--help"]])("answers %j with help", (...argv) => {
    expect(parseCliArgs(argv)).toEqual({ kind: "help" });
  });

  it.each([
    [[], "missing command"],
    [["verify", "x.json"], 'unknown command "verify"'],
    [["check"], "exactly one settings file"],
    [["check", "a.json", "b.json"], "exactly one settings file"],
    [["diagnose"], "diagnose takes exactly one input file"],
    [["diagnose", "a.json", "--format", "yaml"], 'unknown format "yaml"'],
    [["check", "a.json", "--format", "xml"], 'unknown format "xml"'],
    [["check", "a.json", "--verbose"], "Unknown option '--verbose'"],
  ])("rejects %j", (argv, message) => {
    const command = parseCliArgs(argv);
    expect(command.kind).toBe("usage-error");
    expect(command.kind === "usage-error" && command.message).toContain(message);
  });
});
