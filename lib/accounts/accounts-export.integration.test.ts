import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/accounts/export/route";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { sessionOf } from "@/test/support/helpdesk-api";
import { createAccount } from "./create-account";
import { ACCOUNTS_EXPORT_ACTION } from "./export-accounts";
import { updateAccount } from "./update-account";

const exportCsv = (query: string, headers: Headers) => exportRoute(new Request(`http://localhost/api/v1/accounts/export?${query}`, { headers }));

async function fieldsOf(response: Response): Promise<string[]> {
  expect(response.status).toBe(422);
  const body = (await response.json()) as { error: { fields?: { field: string }[] } };
  return (body.error.fields ?? []).map((field) => field.field);
}

describe("GET /api/v1/accounts/export on PostgreSQL", () => {
  it("exports the accounts matching the table's filters, by email, formula names kept as text, and audits the export", async () => {
    const admin = await makeCaller("admin");
    const marker = randomUUID().slice(0, 8);
    const make = (local: string, role: "admin" | "helpdesk" | "auditor", name = `Export ${local}`) =>
      createAccount(admin, { email: `${local}-${marker}@example.test`, name, role, password: "a long enough password" });
    const b = await make("b-auditor", "auditor", "=cmd|' /C calc'!A0");
    const a = await make("a-auditor", "auditor");
    await make("c-helpdesk", "helpdesk");
    const off = await make("d-auditor", "auditor");
    await updateAccount(admin, off.id, { disabled: true });

    const headers = await sessionOf("admin");
    const response = await exportCsv(`query=${marker.toUpperCase()}&role=auditor&status=active`, headers);
    expect(response.status, await response.clone().text()).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="accounts-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("x-export-truncated")).toBe("false");
    const lines = (await response.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("Id,Email,Name,Role,Status,Must change password,Sign-in methods,MFA,Last sign-in,Active sessions,Created");
    expect(lines.slice(1).map((line) => line.split(",")[1])).toEqual([a.email, b.email]);
    expect(lines[2]).toContain(`,${b.email},'=cmd|' /C calc'!A0,auditor,active,`);

    // Every status: the disabled auditor too.
    const all = (await (await exportCsv(`query=${marker}&role=auditor`, headers)).text()).trimEnd().split("\r\n");
    expect(all.slice(1).map((line) => line.split(",")[1])).toEqual([a.email, b.email, off.email]);
    expect(all[3]).toContain(",auditor,disabled,");

    const audits = await db().auditEntry.findMany({ where: { action: ACCOUNTS_EXPORT_ACTION, details: { path: ["query"], equals: marker.toUpperCase() } } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toEqual({ query: marker.toUpperCase(), role: "auditor", status: "active", rows: 2 });
  });

  it("answers 422 naming the field for a bad filter", async () => {
    const headers = await sessionOf("admin");
    expect(await fieldsOf(await exportCsv("role=superuser", headers))).toContain("role");
    expect(await fieldsOf(await exportCsv("status=gone", headers))).toContain("status");
    expect(await fieldsOf(await exportCsv(`query=${"q".repeat(201)}`, headers))).toContain("query");
  });

  it("refuses callers without account:manage: 401 without a session, 403 for helpdesk and auditor", async () => {
    const before = await db().auditEntry.count({ where: { action: ACCOUNTS_EXPORT_ACTION } });
    expect((await exportCsv("", new Headers())).status).toBe(401);
    for (const role of ["helpdesk", "auditor"] as const) expect((await exportCsv("", await sessionOf(role))).status).toBe(403);
    expect(await db().auditEntry.count({ where: { action: ACCOUNTS_EXPORT_ACTION } })).toBe(before);
  });
});
