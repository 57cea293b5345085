import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { listAuditEntries } from "./list-audit-entries";
import { recordAudit } from "./record-audit";

describe("audit log", () => {
  it("is append-only: the database rejects UPDATE and DELETE", async () => {
    await recordAudit({ actor: null, action: "test.append_only" });
    await expect(db().auditEntry.updateMany({ where: { action: "test.append_only" }, data: { action: "changed" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db().auditEntry.deleteMany({ where: { action: "test.append_only" } })).rejects.toThrow(/append-only/);
    expect(await db().auditEntry.count({ where: { action: "test.append_only" } })).toBeGreaterThan(0);
  });

  it("filters by actor and action, newest first, with keyset pages", async () => {
    const auditor = await makeCaller("auditor");
    const actor = await makeCaller("admin");
    for (let i = 0; i < 3; i++) await recordAudit({ actor, action: "test.filtering", details: { i } });
    const first = await listAuditEntries(auditor, { actor: actor.email, action: "test.filter", limit: "2" });
    expect(first.entries.map((e) => (e.details as { i: number }).i)).toEqual([2, 1]);
    const second = await listAuditEntries(auditor, { actor: actor.email, action: "test.filter", limit: "2", cursor: first.nextCursor });
    expect(second.entries.map((e) => (e.details as { i: number }).i)).toEqual([0]);
    expect(second.nextCursor).toBeNull();
  });

  it("only auditors and admins read it; a bad filter names the field", async () => {
    const helpdesk = await makeCaller("helpdesk");
    await expect(listAuditEntries(helpdesk, {})).rejects.toMatchObject({ code: "forbidden" });
    const auditor = await makeCaller("auditor");
    await expect(listAuditEntries(auditor, { from: "yesterday" })).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "from" }] },
    });
  });
});
