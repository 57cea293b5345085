import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { eventSeries, makeDeliveryGroup, makeUserWithEvents, type TestUser } from "@/test/support/directory-factories";
import { helpdeskApi, sessionOf } from "@/test/support/helpdesk-api";
import { DIAGNOSIS_VIEW_ACTION } from "./get-user-diagnosis";
import { EVENTS_VIEW_ACTION } from "./list-user-events";
import { SEARCH_ACTION } from "./search-users";
import type { EventsPage } from "./views";

const rowsOf = (action: string, where: { targetId?: string } = {}) => db().auditEntry.findMany({ where: { action, ...where } });

describe("reads of a user's data are audited once per view", () => {
  let user: TestUser;

  beforeAll(async () => {
    const group = await makeDeliveryGroup();
    user = (await makeUserWithEvents(group.id, { events: eventSeries(3, 5, 5) })).user;
  });

  it("audits the timeline once for its first page, not for live polls or older pages", async () => {
    const session = await sessionOf("helpdesk");
    const first = (await (await helpdeskApi.events(user.id, "limit=2", session)).json()) as EventsPage;
    await helpdeskApi.events(user.id, `after=${encodeURIComponent(first.events[0]!.cursor)}`, session);
    await helpdeskApi.events(user.id, `cursor=${encodeURIComponent(first.nextCursor!)}`, session);
    await helpdeskApi.events(user.id, "limit=2", session);
    const rows = await rowsOf(EVENTS_VIEW_ACTION, { targetId: user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetType: "directory_user" });
  });

  it("audits the diagnosis once per viewer however often the page refetches it", async () => {
    const [helpdesk, auditor] = [await sessionOf("helpdesk"), await sessionOf("auditor")];
    for (let i = 0; i < 3; i++) expect((await helpdeskApi.diagnosis(user.id, helpdesk)).status).toBe(200);
    await helpdeskApi.diagnosis(user.id, auditor);
    const rows = await rowsOf(DIAGNOSIS_VIEW_ACTION, { targetId: user.id });
    expect(new Set(rows.map((row) => row.actorId)).size).toBe(2);
    expect(rows).toHaveLength(2);
  });

  it("audits each search text once per viewer, with the text searched for", async () => {
    const session = await sessionOf("helpdesk");
    const text = user.displayName.split(" ")[0]!;
    await helpdeskApi.search(`query=${encodeURIComponent(text)}`, session);
    await helpdeskApi.search(`query=${encodeURIComponent(text)}&cursor=20`, session);
    await helpdeskApi.search(`query=${encodeURIComponent(`${text} x`)}`, session);
    const rows = (await rowsOf(SEARCH_ACTION)).filter((row) => JSON.stringify(row.details).includes(text));
    expect(rows.map((row) => (row.details as { query: string }).query).sort()).toEqual([text, `${text} x`].sort());
  });
});
