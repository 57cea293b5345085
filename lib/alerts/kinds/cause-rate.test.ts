import { describe, expect, it } from "vitest";
import { causeRateFires, ratePercent } from "./cause-rate";

const config = { cause: "exchange_tls_failed", thresholdPercent: 20, windowMinutes: 15, minCount: 10 };

describe("a cause-rate rule's test", () => {
  it("fires strictly above the threshold with at least the minimum count", () => {
    expect(causeRateFires(config, { causeCount: 30, total: 100 })).toBe(true);
    expect(causeRateFires(config, { causeCount: 20, total: 100 })).toBe(false);
    expect(causeRateFires(config, { causeCount: 21, total: 100 })).toBe(true);
  });

  it("does not fire on a handful, even when every notification failed", () => {
    expect(causeRateFires(config, { causeCount: 1, total: 1 })).toBe(false);
    expect(causeRateFires(config, { causeCount: 9, total: 9 })).toBe(false);
    expect(causeRateFires(config, { causeCount: 10, total: 10 })).toBe(true);
  });

  it("reads an empty window as 0%", () => {
    expect(ratePercent({ causeCount: 0, total: 0 })).toBe(0);
    expect(causeRateFires({ ...config, minCount: 1 }, { causeCount: 0, total: 0 })).toBe(false);
    expect(ratePercent({ causeCount: 30, total: 350 })).toBe(8.6);
  });
});
