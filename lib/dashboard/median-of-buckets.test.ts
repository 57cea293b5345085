import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { medianOfBuckets } from "./median-of-buckets";

describe("medianOfBuckets", () => {
  it("is null without values, the middle one for an odd count, the mean of the two middle ones for an even count", () => {
    expect(medianOfBuckets([])).toBeNull();
    expect(medianOfBuckets([{ value: 5, count: 0 }])).toBeNull();
    expect(medianOfBuckets([{ value: 10, count: 1 }, { value: 30, count: 1 }, { value: 60, count: 1 }])).toBe(30);
    expect(medianOfBuckets([{ value: 10, count: 1 }, { value: 30, count: 1 }])).toBe(20);
    expect(medianOfBuckets([{ value: 10, count: 3 }, { value: 30, count: 1 }])).toBe(10);
  });

  it("equals the median of the values spelled out", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 20 }), (pairs) => {
        const rows = [...new Map(pairs).entries()].sort((a, b) => a[0] - b[0]).map(([value, count]) => ({ value, count }));
        const values = rows.flatMap((row) => Array<number>(row.count).fill(row.value));
        const middle = (values.length - 1) / 2;
        const expected = Math.round((values[Math.floor(middle)]! + values[Math.ceil(middle)]!) / 2);
        expect(medianOfBuckets(rows)).toBe(expected);
      }),
    );
  });
});
