import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/audit/export/route";
import { GET as listRoute } from "@/app/api/v1/audit/route";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { sessionOf } from "@/test/support/helpdesk-api";
import type { AuditPage } from "./contract";
import { AUDIT_EXPORT_ACTION } from "./export-audit-entries";
import { recordAudit } from "./record-audit";

const request = (path: string, headers: Headers) => new Request(`http://localhost${path}`, { headers });
const exportCsv = (query: string, headers: Headers) => exportRoute(request(`/api/v1/audit/export?${query}`, headers));

async function fieldsOf(response: Response): Promise<string[]> {
  expect(response.status).toBe(422);
  const body = (await response.json()) as { error: { fields?: { field: string }[] } };
  return (body.error.fields ?? []).map((field) => field.field);
}

/** CSV lines without the final CRLF; cells split naively (the rows below hold no commas outside Details). */
const linesOf = async (response: Response) => (await response.text()).trimEnd().split("\r\n");

describe("GET /api/v1/audit/export on PostgreSQL", () => {
  it("exports the filtered entries newest first, as the list shows them, with formula cells neutralised, and audits the export", async () => {
    const actor = await makeCaller("admin");
    const marker = randomUUID();
    for (let i = 0; i < 3; i++) await recordAudit({ actor, action: "probe.run", targetType: "delivery_group", targetId: `g-${marker}-${i}`, details: { i } });
    // A value a spreadsheet would run, written by an attacker-controlled field (a typed sign-in email).
    await recordAudit({ actor, action: "probe.run", targetType: "account", targetId: "=HYPERLINK(\"http://evil.example\")", details: { i: 3 } });
    await recordAudit({ actor, action: "policy.update", details: { other: true } }); // another action: left out

    const auditor = await sessionOf("auditor");
    const query = `actor=${encodeURIComponent(actor.email)}&action=probe.`;
    const response = await exportCsv(query, auditor);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("x-export-truncated")).toBe("false");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const lines = await linesOf(response);
    expect(lines[0]).toBe("Id,Time,Actor,Action,Target type,Target id,Target name,IP,Request id,Details");

    const listed = (await (await listRoute(request(`/api/v1/audit?${query}`, auditor))).json()) as AuditPage;
    expect(listed.entries).toHaveLength(4);
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(listed.entries.map((entry) => entry.id));
    expect(lines.slice(1).every((line) => line.includes(`,${actor.email},probe.run,`))).toBe(true);
    // The formula is kept as text: prefixed with ', then quoted for its quotes.
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://evil.example"")",`);
    expect(lines[1]).toMatch(/,"\{""i"":3\}"$/);

    const audits = await db().auditEntry.findMany({ where: { action: AUDIT_EXPORT_ACTION, details: { path: ["actor"], equals: actor.email } } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ targetType: "audit_log" });
    expect(audits[0]!.actorEmail).not.toBe(actor.email);
    expect(audits[0]!.details).toMatchObject({ actor: actor.email, action: "probe.", targetId: null, from: null, to: null, rows: 4, truncated: false });
  });

  it("narrows by target and time like the list", async () => {
    const actor = await makeCaller("admin");
    const target = `t-${randomUUID()}`;
    await recordAudit({ actor, action: "probe.run", targetType: "delivery_group", targetId: target });
    const auditor = await sessionOf("auditor");
    const inRange = await linesOf(await exportCsv(`targetId=${target}&from=${new Date(Date.now() - 3_600_000).toISOString()}`, auditor));
    expect(inRange).toHaveLength(2);
    expect(inRange[1]).toContain(`,${target},`);
    const before = await linesOf(await exportCsv(`targetId=${target}&to=${new Date(Date.now() - 3_600_000).toISOString()}`, auditor));
    expect(before).toHaveLength(1);
  });

  it("answers 422 naming the field for a bad filter, with the list's own schema", async () => {
    const auditor = await sessionOf("auditor");
    expect(await fieldsOf(await exportCsv("from=yesterday", auditor))).toContain("from");
    expect(await fieldsOf(await exportCsv("to=2026-13-45", auditor))).toContain("to");
    expect(await fieldsOf(await exportCsv(`actor=${"a".repeat(201)}`, auditor))).toContain("actor");
    expect(await fieldsOf(await exportCsv(`action=${"p".repeat(101)}`, auditor))).toContain("action");
  });

  it("refuses callers without audit:read: 401 without a session, 403 for helpdesk, and writes no export entry", async () => {
    const before = await db().auditEntry.count({ where: { action: AUDIT_EXPORT_ACTION } });
    expect((await exportCsv("", new Headers())).status).toBe(401);
    expect((await exportCsv("", await sessionOf("helpdesk"))).status).toBe(403);
    expect(await db().auditEntry.count({ where: { action: AUDIT_EXPORT_ACTION } })).toBe(before);
  });
});
