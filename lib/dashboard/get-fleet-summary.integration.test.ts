import { describe, expect, it } from "vitest";
import { storeEvents } from "@/lib/ingest/store-events";
import { makeDevice, richEvent, unique } from "@/lib/ingest/testing/ingest-fixtures";
import { makeCaller } from "@/test/support/factories";
import { getFleetSummary } from "./get-fleet-summary";

describe("fleet summary", () => {
  it("counts the last 24 hours by outcome and cause, and ignores older events", async () => {
    const auditor = await makeCaller("auditor");
    const now = new Date();
    const before = await getFleetSummary(auditor, now);
    const device = await makeDevice();
    const hourAgo = new Date(now.getTime() - 3600_000).toISOString();
    const twoDaysAgo = new Date(now.getTime() - 48 * 3600_000).toISOString();
    await storeEvents([
      richEvent(device.deviceId, { id: unique("e"), occurredAt: hourAgo }),
      richEvent(device.deviceId, { id: unique("e"), occurredAt: hourAgo }),
      richEvent(device.deviceId, { id: unique("e"), occurredAt: hourAgo, outcome: "failure", cause: "ews_timeout", failedStep: null, steps: undefined }),
      richEvent(device.deviceId, { id: unique("e"), occurredAt: twoDaysAgo }),
    ]);

    const after = await getFleetSummary(auditor, now);
    expect(after.devices - before.devices).toBe(1);
    expect(after.last24h.byOutcome.rich - before.last24h.byOutcome.rich).toBe(2);
    expect(after.last24h.byOutcome.failure - before.last24h.byOutcome.failure).toBe(1);
    expect(after.last24h.total - before.last24h.total).toBe(3);
    const timeouts = (summary: typeof after) => summary.last24h.causes.find((row) => row.cause === "ews_timeout")?.count ?? 0;
    expect(timeouts(after) - timeouts(before)).toBe(1);
  });

  it("needs a signed-in console user", async () => {
    await expect(getFleetSummary(null)).rejects.toMatchObject({ code: "unauthenticated" });
  });
});
