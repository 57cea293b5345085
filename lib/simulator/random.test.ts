import { describe, expect, it } from "vitest";
import { createRandom, deriveSeed, mulberry32, stableUuid } from "./random";

describe("mulberry32", () => {
  it("repeats its sequence for the same seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it("gives a different sequence for another seed", () => {
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

describe("deriveSeed", () => {
  it("is stable, and tells apart parts that only differ in how they are split", () => {
    expect(deriveSeed(1, "user", 7)).toBe(deriveSeed(1, "user", 7));
    expect(deriveSeed(1, "user", 7)).not.toBe(deriveSeed(1, "user", 8));
    expect(deriveSeed("ab", "c")).not.toBe(deriveSeed("a", "bc"));
  });
});

describe("stableUuid", () => {
  it("is a version-4-shaped UUID, the same for the same parts and unique across many", () => {
    const ids = Array.from({ length: 20_000 }, (_, index) => stableUuid(1, "device", index));
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableUuid(1, "device", 0)).toBe(ids[0]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("createRandom", () => {
  it("draws integers within bounds, both included", () => {
    const random = createRandom(3);
    const draws = Array.from({ length: 2000 }, () => random.int(2, 5));
    expect(new Set(draws)).toEqual(new Set([2, 3, 4, 5]));
  });

  it("picks by weight", () => {
    const random = createRandom(4);
    const picks = Array.from({ length: 10_000 }, () => random.weighted([["a", 9], ["b", 1]] as const));
    const share = picks.filter((pick) => pick === "b").length / picks.length;
    expect(share).toBeGreaterThan(0.08);
    expect(share).toBeLessThan(0.12);
  });

  it("draws Poisson counts around the mean, for small and large means", () => {
    const random = createRandom(5);
    for (const mean of [0.5, 25, 120]) {
      const draws = Array.from({ length: 5000 }, () => random.poisson(mean));
      const average = draws.reduce((sum, draw) => sum + draw, 0) / draws.length;
      expect(Math.abs(average - mean)).toBeLessThan(Math.max(0.05, mean * 0.03));
      expect(draws.every((draw) => Number.isInteger(draw) && draw >= 0)).toBe(true);
    }
    expect(random.poisson(0)).toBe(0);
  });
});
