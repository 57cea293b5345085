import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeCaller, uniqueEmail } from "@/test/support/factories";
import { createAccount } from "./create-account";
import { listAccounts } from "./list-accounts";
import { updateAccount } from "./update-account";

describe("accounts", () => {
  it("an admin creates an account; the change is audited with the actor", async () => {
    const admin = await makeCaller("admin");
    const email = uniqueEmail("new");
    const account = await createAccount(admin, { email, name: "New Person", role: "auditor", password: "a long enough password" });
    expect(account).toMatchObject({ email, role: "auditor", disabled: false });
    const audit = await db().auditEntry.findFirst({ where: { action: "account.create", targetId: account.id } });
    expect(audit?.actorEmail).toBe(admin.email);
    expect((await listAccounts(admin)).some((a) => a.email === email)).toBe(true);
  });

  it("refuses a duplicate email with a conflict naming the field, and stores nothing", async () => {
    const admin = await makeCaller("admin");
    const email = uniqueEmail("dup");
    await createAccount(admin, { email, name: "One", role: "helpdesk", password: "a long enough password" });
    await expect(createAccount(admin, { email, name: "Two", role: "helpdesk", password: "a long enough password" })).rejects.toMatchObject({
      code: "conflict",
      extra: { fields: [{ field: "email" }] },
    });
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("helpdesk and auditor may not manage accounts", async () => {
    for (const role of ["helpdesk", "auditor"] as const) {
      const caller = await makeCaller(role);
      await expect(listAccounts(caller)).rejects.toMatchObject({ code: "forbidden" });
      await expect(
        createAccount(caller, { email: uniqueEmail(), name: "X", role: "admin", password: "a long enough password" }),
      ).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("changes a role and audits before and after", async () => {
    const admin = await makeCaller("admin");
    const user = await makeCaller("helpdesk");
    await updateAccount(admin, user.userId, { role: "auditor" });
    const audit = await db().auditEntry.findFirst({ where: { action: "account.update", targetId: user.userId } });
    expect(audit?.details).toMatchObject({ before: { role: "helpdesk" }, after: { role: "auditor" } });
  });

  it("an admin cannot disable themself", async () => {
    const admin = await makeCaller("admin");
    await expect(updateAccount(admin, admin.userId, { disabled: true })).rejects.toMatchObject({ code: "conflict" });
  });
});
