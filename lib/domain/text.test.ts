import { describe, expect, it } from "vitest";
import { isStorableInstant, isStorableText, isVisibleText, nameText, storedDateTime, storedText, unstorableTextPath } from "./text";

describe("text PostgreSQL can store and people can read", () => {
  it("refuses NUL and half surrogate pairs, keeps whole pairs and ordinary text", () => {
    expect(isStorableText("Zoë 😀 Müller")).toBe(true);
    expect(isStorableText("a\u0000b")).toBe(false);
    expect(isStorableText("lone \uD83D high")).toBe(false);
    expect(isStorableText("lone \uDE00 low")).toBe(false);
  });

  it("refuses bidi overrides and zero-width characters in names", () => {
    expect(isVisibleText("Sales EMEA")).toBe(true);
    for (const hidden of ["\u202E", "\u200B", "\u2066", "\uFEFF", "\u200D"]) expect(isVisibleText(`ad${hidden}min`)).toBe(false);
    const result = nameText(100).safeParse("evil\u202Etxt.exe");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("text-direction");
  });

  it("finds the path of the first unstorable string in a nested value", () => {
    expect(unstorableTextPath({ a: ["ok", { b: "x\u0000" }] })).toEqual(["a", 1, "b"]);
    expect(unstorableTextPath({ a: ["ok", 1, null] })).toBeNull();
  });

  it("storedText refuses NUL and half surrogate pairs, trims, bounds length, and keeps hidden characters (not a name)", () => {
    const schema = storedText(10);
    expect(schema.parse("  note  ")).toBe("note");
    expect(schema.safeParse("a\u0000b").error?.issues[0]?.message).toBe("must be valid Unicode text without NUL characters");
    expect(schema.safeParse("x\uD800").success).toBe(false);
    expect(schema.safeParse("x".repeat(11)).error?.issues[0]?.message).toBe("must be at most 10 characters");
    expect(schema.parse("\u0645\u200C\u0646")).toBe("\u0645\u200C\u0646");
    expect(storedText(5, { trim: false }).parse(" a ")).toBe(" a ");
  });

  it("nameText refuses empty names, NUL, lone surrogates and hidden characters, naming the field's problem", () => {
    const schema = nameText(20);
    expect(schema.parse(" Sales ")).toBe("Sales");
    expect(schema.safeParse("   ").error?.issues[0]?.message).toBe("must not be empty");
    for (const bad of ["a\u0000", "\uDC00", "ad\u200Bmin", "x\u2066y"]) expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });

  it("storedDateTime takes years 0001 to 9999 in UTC, with or without an offset", () => {
    const schema = storedDateTime();
    expect(schema.safeParse("2024-05-01T10:00:00+02:00").success).toBe(true);
    expect(schema.safeParse("0001-01-01T00:00:00Z").success).toBe(true);
    expect(schema.safeParse("9999-12-31T23:59:59.999Z").success).toBe(true);
    expect(schema.safeParse("0000-01-01T00:00:00Z").error?.issues[0]?.message).toBe("must be between years 0001 and 9999");
    expect(schema.safeParse("0001-01-01T00:00:00+01:00").success).toBe(false);
    expect(schema.safeParse("9999-12-31T23:00:00-02:00").success).toBe(false);
    expect(isStorableInstant("not a date")).toBe(false);
  });
});
