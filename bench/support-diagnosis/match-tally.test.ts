import { describe, expect, it } from "vitest";
import { MatchTally } from "./match-tally";

describe("MatchTally", () => {
  it("counts matches overall and per planted finding, with what led instead", () => {
    const tally = new MatchTally(5);
    tally.add("a", { findingId: "all-clear", reason: "" }, { id: "all-clear", headline: "ok" });
    tally.add("b", { findingId: "rule:authentication", reason: "r" }, { id: "events:container_locked", headline: "h" });
    tally.add("c", { findingId: "rule:authentication", reason: "r" }, { id: "rule:authentication", headline: "h" });
    tally.add("d", { findingId: "rule:authentication", reason: "r" }, undefined);
    expect([tally.total, tally.matched]).toEqual([4, 2]);
    expect(tally.rows()).toEqual([
      { planted: "rule:authentication", users: 3, matched: 1, share: 1 / 3, insteadMostly: "events:container_locked (1)" },
      { planted: "all-clear", users: 1, matched: 1, share: 1, insteadMostly: "" },
    ]);
    expect(tally.mismatches.map((mismatch) => [mismatch.user, mismatch.got])).toEqual([
      ["b", "events:container_locked"],
      ["d", "(no finding)"],
    ]);
  });

  it("keeps one example per planted finding before a second of any", () => {
    const tally = new MatchTally(3);
    for (const user of ["a1", "a2", "a3"]) tally.add(user, { findingId: "A", reason: "" }, { id: "x", headline: "" });
    tally.add("b1", { findingId: "B", reason: "" }, { id: "x", headline: "" });
    expect(tally.mismatches.map((mismatch) => mismatch.user)).toEqual(["a1", "b1", "a2"]);
  });
});
