import { describe, expect, it } from "vitest";
import { renderText } from "@/components/testing/render-text";
import { SyncStatCard } from "./sync-stat-card";

describe("SyncStatCard", () => {
  it("counts the notifications after sync with who got them and the typical delay", () => {
    const text = renderText(<SyncStatCard sync={{ count: 1240, users: 31, groups: 1, medianDelayMs: 14 * 60_000 }} />);
    expect(text).toBe(
      "After sync, last 24 h 1,240 for 31 users in 1 group without rich push: shown only after iOS woke Secure Mail to sync, typically 14 min after the mail arrived.",
    );
  });

  it("leaves the delay out when no device reported it, and says when there were none", () => {
    expect(renderText(<SyncStatCard sync={{ count: 1, users: 1, groups: 1, medianDelayMs: null }} />)).toMatch(/to sync\.$/);
    expect(renderText(<SyncStatCard sync={{ count: 0, users: 0, groups: 0, medianDelayMs: null }} />)).toContain("No notification came after a background sync.");
  });
});
