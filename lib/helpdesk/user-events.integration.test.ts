import { beforeAll, describe, expect, it } from "vitest";
import type { UserCaller } from "@/lib/auth/caller";
import { makeCaller } from "@/test/support/factories";
import { eventSeries, makeDeliveryGroup, makeEvents, makeUserWithEvents } from "@/test/support/directory-factories";
import { listUserEvents } from "./list-user-events";
import type { EventView } from "./views";

describe("user events", () => {
  let helpdesk: UserCaller;
  let userId: string;
  let owner: { userId: string; groupId: string; deviceId: string };

  beforeAll(async () => {
    helpdesk = await makeCaller("helpdesk");
    const group = await makeDeliveryGroup();
    const made = await makeUserWithEvents(group.id, {
      events: [
        ...eventSeries(5, 10, 10), // rich, 10–50 minutes ago
        ...eventSeries(3, 15, 10, "exchange_tls_failed"), // 15–35 minutes ago
        ...eventSeries(2, 20, 10, "container_locked"), // 20–30 minutes ago
      ],
    });
    userId = made.user.id;
    owner = { userId, groupId: group.id, deviceId: made.deviceId };
  });

  async function allPages(query: Record<string, string>): Promise<EventView[]> {
    const events: EventView[] = [];
    let cursor: string | null = null;
    do {
      const page = await listUserEvents(helpdesk, userId, { ...query, ...(cursor ? { cursor } : {}) });
      events.push(...page.events);
      cursor = page.nextCursor;
    } while (cursor);
    return events;
  }

  it("pages newest first by keyset without repeating or skipping events", async () => {
    const events = await allPages({ limit: "3" });
    expect(events).toHaveLength(10);
    expect(new Set(events.map((event) => event.id)).size).toBe(10);
    const times = events.map((event) => Date.parse(event.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("keeps events that share a time apart by id across a page boundary", async () => {
    const group = await makeDeliveryGroup();
    const made = await makeUserWithEvents(group.id);
    const ids = ["same-a", "same-b", "same-c", "same-d"].map((id) => `${id}-${made.user.id}`);
    await makeEvents({ userId: made.user.id, groupId: group.id, deviceId: made.deviceId }, ids.map((id) => ({ id, minutesAgo: 5 })));
    const first = await listUserEvents(helpdesk, made.user.id, { limit: "2" });
    const second = await listUserEvents(helpdesk, made.user.id, { limit: "2", cursor: first.nextCursor });
    expect([...first.events, ...second.events].map((event) => event.id)).toEqual([...ids].reverse());
    expect(second.nextCursor).toBeNull();
  });

  it("filters by outcome and by cause", async () => {
    const failures = await allPages({ outcome: "failure" });
    expect(failures).toHaveLength(3);
    expect(failures.every((event) => event.cause === "exchange_tls_failed")).toBe(true);

    const locked = await allPages({ cause: "container_locked" });
    expect(locked).toHaveLength(2);
    expect(locked.every((event) => event.outcome === "generic")).toBe(true);
  });

  it("quotes the exact message the user saw and the step-by-step path with the failing step", async () => {
    const [failure] = (await listUserEvents(helpdesk, userId, { cause: "exchange_tls_failed", limit: "1" })).events;
    expect(failure?.message).toBe("Secure Mail is unable to connect securely to your mail server. Please contact your administrator.");
    expect(failure?.path.map((step) => step.status)).toEqual(["ok", "ok", "ok", "failed", "not_reached", "fallback"]);
    expect(failure?.path[3]).toMatchObject({ step: "exchange_connect", durationMs: 30_000 });

    const [generic] = (await listUserEvents(helpdesk, userId, { cause: "container_locked", limit: "1" })).events;
    expect(generic?.message).toBe("You have new mail");
    const [rich] = (await listUserEvents(helpdesk, userId, { outcome: "rich", limit: "1" })).events;
    expect(rich?.message).toBeNull();
    expect(rich?.path.every((step) => step.status === "ok")).toBe(true);
  });

  it("returns only events newer than the one the client holds, for live updates", async () => {
    const newest = (await listUserEvents(helpdesk, userId, { limit: "1" })).events[0]!;
    expect((await listUserEvents(helpdesk, userId, { after: newest.cursor })).events).toEqual([]);

    const added = await makeEvents(owner, [{ minutesAgo: 2 }, { minutesAgo: 1, cause: "ews_timeout" }, { minutesAgo: 0.5 }]);
    const first = await listUserEvents(helpdesk, userId, { after: newest.cursor, limit: "2" });
    // The oldest new events come first, so catching up in several calls leaves no gap.
    expect(first.events.map((event) => event.id)).toEqual([added[1], added[0]]);
    expect(first.moreNewer).toBe(true);
    const rest = await listUserEvents(helpdesk, userId, { after: first.events[0]!.cursor, limit: "2" });
    expect(rest.events.map((event) => event.id)).toEqual([added[2]]);
    expect(rest.moreNewer).toBe(false);
  });

  it("names the field of bad input and answers 404 for an unknown or malformed user id", async () => {
    await expect(listUserEvents(helpdesk, userId, { cursor: "nonsense!" })).rejects.toMatchObject({
      extra: { fields: [{ field: "cursor" }] },
    });
    await expect(listUserEvents(helpdesk, userId, { outcome: "rich", cause: "ews_timeout" })).rejects.toMatchObject({
      extra: { fields: [{ field: "cause" }] },
    });
    await expect(listUserEvents(helpdesk, userId, { outcome: "sometimes" })).rejects.toMatchObject({
      extra: { fields: [{ field: "outcome" }] },
    });
    await expect(listUserEvents(helpdesk, "not-a-uuid", {})).rejects.toMatchObject({ code: "not_found" });
    await expect(listUserEvents(helpdesk, "00000000-0000-4000-8000-000000000000", {})).rejects.toMatchObject({ code: "not_found" });
  });
});
