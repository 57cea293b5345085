import { describe, expect, it } from "vitest";
import { isStorableText, isVisibleText, nameSchema, unstorableTextPath } from "./text";

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
    const result = nameSchema(100).safeParse("evil\u202Etxt.exe");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("text-direction");
  });

  it("finds the path of the first unstorable string in a nested value", () => {
    expect(unstorableTextPath({ a: ["ok", { b: "x\u0000" }] })).toEqual(["a", 1, "b"]);
    expect(unstorableTextPath({ a: ["ok", 1, null] })).toBeNull();
  });
});
