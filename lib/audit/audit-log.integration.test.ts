import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { listAuditEntries } from "./list-audit-entries";
import { recordAudit } from "./record-audit";

describe("audit log", () => {
  it("is append-only: the database rejects UPDATE and DELETE", async () => {
    const where = { action: "auth.sign_out", targetId: `append-only-${randomUUID()}` };
    await recordAudit({ actor: null, action: "auth.sign_out", targetType: "account", targetId: where.targetId });
    await expect(db().auditEntry.updateMany({ where, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEntry.deleteMany({ where })).rejects.toThrow(/append-only/);
    expect(await db().auditEntry.count({ where })).toBe(1);
  });

  it("filters by actor and action, newest first, with keyset pages", async () => {
    const auditor = await makeCaller("auditor");
    const actor = await makeCaller("admin");
    for (let i = 0; i < 3; i++) await recordAudit({ actor, action: "probe.run", details: { i } });
    const first = await listAuditEntries(auditor, { actor: actor.email, action: "probe.", limit: "2" });
    expect(first.entries.map((e) => (e.details as { i: number }).i)).toEqual([2, 1]);
    const second = await listAuditEntries(auditor, { actor: actor.email, action: "probe.", limit: "2", cursor: first.nextCursor });
    expect(second.entries.map((e) => (e.details as { i: number }).i)).toEqual([0]);
    expect(second.nextCursor).toBeNull();
  });

  it("names each target beside its id, and leaves a target that names nothing unnamed", async () => {
    const auditor = await makeCaller("auditor");
    const actor = await makeCaller("admin");
    const group = await db().deliveryGroup.create({ data: { name: `Audit names ${randomUUID()}` } });
    await recordAudit({ actor, action: "policy.update", targetType: "delivery_group", targetId: group.id });
    await recordAudit({ actor, action: "account.update", targetType: "account", targetId: actor.userId });
    await recordAudit({ actor, action: "auth.sign_in_failed", targetType: "account", targetId: "nobody@example.test" });
    const { entries } = await listAuditEntries(auditor, { actor: actor.email });
    expect(entries.map((entry) => [entry.action, entry.targetId, entry.targetName])).toEqual([
      ["auth.sign_in_failed", "nobody@example.test", null],
      ["account.update", actor.userId, actor.email],
      ["policy.update", group.id, group.name],
    ]);
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
