import { describe, expect, it } from "vitest";
import { createConcurrencyLimiter } from "@/lib/probes/concurrency-limiter";

describe("createConcurrencyLimiter", () => {
  it("lets each key hold up to max slots, independently of other keys", () => {
    const limiter = createConcurrencyLimiter(2);

    const first = limiter.tryAcquire("alice");
    const second = limiter.tryAcquire("alice");

    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    expect(limiter.tryAcquire("alice")).toBeNull();
    expect(limiter.tryAcquire("bob")).not.toBeNull();
    expect(limiter.active("alice")).toBe(2);
  });

  it("frees a slot on release, once, however often release is called", () => {
    const limiter = createConcurrencyLimiter(1);
    const release = limiter.tryAcquire("alice")!;

    release();
    release();

    expect(limiter.active("alice")).toBe(0);
    expect(limiter.tryAcquire("alice")).not.toBeNull();
    expect(limiter.tryAcquire("alice")).toBeNull();
  });

  it("refuses a max below one", () => {
    expect(() => createConcurrencyLimiter(0)).toThrow(RangeError);
  });
});
