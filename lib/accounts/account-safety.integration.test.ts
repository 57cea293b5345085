import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeCaller } from "@/test/support/factories";
import { endSessions } from "./end-sessions";
import { listAccounts } from "./list-accounts";
import { updateAccount } from "./update-account";

/**
 * The last-admin rule counts admins across the whole database, which other test files fill with
 * admins of their own. Files run one at a time (vitest.config.ts), so each test here disables the
 * other active admins for its duration and re-enables exactly those afterwards.
 */
let parked: string[] = [];

async function onlyAdmins(ids: string[]): Promise<void> {
  const others = await db().user.findMany({ where: { role: "admin", disabled: false, id: { notIn: ids } }, select: { id: true } });
  parked = others.map((user) => user.id);
  await db().user.updateMany({ where: { id: { in: parked } }, data: { disabled: true } });
}

afterEach(async () => {
  await db().user.updateMany({ where: { id: { in: parked } }, data: { disabled: false } });
  parked = [];
});

describe("last active admin", () => {
  it("refuses to demote or disable the last active admin with a 409, and changes nothing", async () => {
    const a = await makeCaller("admin");
    const b = await makeCaller("admin");
    await onlyAdmins([a.userId, b.userId]);
    await updateAccount(a, b.userId, { disabled: true });
    // b is disabled now: a is the last active admin. Another admin (a disabled one cannot act, so a
    // second caller object with the permission stands for "any admin") may not remove a.
    await expect(updateAccount(b, a.userId, { role: "helpdesk" })).rejects.toMatchObject({ code: "conflict", status: 409 });
    await expect(updateAccount(b, a.userId, { disabled: true })).rejects.toMatchObject({ code: "conflict" });
    const stored = await db().user.findUniqueOrThrow({ where: { id: a.userId } });
    expect(stored).toMatchObject({ role: "admin", disabled: false });
    expect(await db().auditEntry.count({ where: { targetId: a.userId, action: { in: ["account.update", "account.disable"] } } })).toBe(0);
  });

  it("two admins demoting each other at the same moment: exactly one succeeds", async () => {
    const a = await makeCaller("admin");
    const b = await makeCaller("admin");
    await onlyAdmins([a.userId, b.userId]);
    const results = await Promise.allSettled([
      updateAccount(a, b.userId, { role: "auditor" }),
      updateAccount(b, a.userId, { role: "helpdesk" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    expect(await db().user.count({ where: { id: { in: [a.userId, b.userId] }, role: "admin", disabled: false } })).toBe(1);
  });

  it("concurrent disables of three admins leave at least one active admin", async () => {
    const admins = await Promise.all([makeCaller("admin"), makeCaller("admin"), makeCaller("admin")]);
    await onlyAdmins(admins.map((a) => a.userId));
    // Each disables the next one round the circle, all at once.
    await Promise.allSettled(admins.map((actor, i) => updateAccount(actor, admins[(i + 1) % 3]!.userId, { disabled: true })));
    expect(await db().user.count({ where: { id: { in: admins.map((a) => a.userId) }, role: "admin", disabled: false } })).toBeGreaterThanOrEqual(1);
  });

  it("demoting an admin while another stays active is allowed", async () => {
    const a = await makeCaller("admin");
    const b = await makeCaller("admin");
    await onlyAdmins([a.userId, b.userId]);
    await expect(updateAccount(a, b.userId, { role: "helpdesk" })).resolves.toMatchObject({ role: "helpdesk" });
  });
});

describe("end sessions", () => {
  it("deletes every session of the account, audits the count, and the list shows zero", async () => {
    const admin = await makeCaller("admin");
    const user = await makeCaller("helpdesk");
    const expiresAt = new Date(Date.now() + 3_600_000);
    for (const n of [1, 2]) {
      await db().session.create({ data: { id: `${user.userId}-s${n}`, token: `${user.userId}-t${n}`, expiresAt, userId: user.userId } });
    }
    expect((await listAccounts(admin)).find((a) => a.id === user.userId)?.activeSessions).toBe(2);
    await expect(endSessions(admin, user.userId)).resolves.toEqual({ id: user.userId, endedSessions: 2 });
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0);
    const audit = await db().auditEntry.findFirst({ where: { action: "account.end_sessions", targetId: user.userId } });
    expect(audit).toMatchObject({ actorEmail: admin.email, details: { endedSessions: 2 } });
    expect((await listAccounts(admin)).find((a) => a.id === user.userId)).toMatchObject({ activeSessions: 0, signInMethods: ["password"], mfa: "not_enrolled" });
  });

  it("is refused to helpdesk and answers 404 for an unknown account", async () => {
    const helpdesk = await makeCaller("helpdesk");
    const admin = await makeCaller("admin");
    await expect(endSessions(helpdesk, admin.userId)).rejects.toMatchObject({ code: "forbidden" });
    await expect(endSessions(admin, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({ code: "not_found" });
  });
});
