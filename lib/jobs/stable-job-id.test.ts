import { describe, expect, it } from "vitest";
import { z } from "zod";
import { stableJobId } from "./stable-job-id";

describe("stableJobId", () => {
  it("is a UUID that pg-boss accepts, the same for the same parts and different otherwise", () => {
    const id = stableJobId("alert-notice", "5f0c3c1e-8f1b-4a59-9d0e-2b7f1b1a2c3d", "firing");
    expect(z.uuid().safeParse(id).success).toBe(true);
    expect(stableJobId("alert-notice", "5f0c3c1e-8f1b-4a59-9d0e-2b7f1b1a2c3d", "firing")).toBe(id);
    expect(stableJobId("alert-notice", "5f0c3c1e-8f1b-4a59-9d0e-2b7f1b1a2c3d", "resolved")).not.toBe(id);
    // The parts are kept apart: ("ab", "c") is not ("a", "bc").
    expect(stableJobId("ab", "c")).not.toBe(stableJobId("a", "bc"));
  });
});
