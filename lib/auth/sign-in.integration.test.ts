import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { updateAccount } from "@/lib/accounts/update-account";
import { db } from "@/lib/db/client";
import { cookieHeaders, makeCaller, TEST_PASSWORD, uniqueEmail } from "@/test/support/factories";
import { getSessionCaller } from "./caller";
import { signIn } from "./sign-in";
import { signOut } from "./sign-out";

const context = { ip: "198.51.100.7", requestId: "req-test" };

describe("sign-in", () => {
  it("starts a database session, sets an HttpOnly cookie and audits the sign-in", async () => {
    const user = await makeCaller("helpdesk");
    const response = await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), context);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((line) => line.includes("session_token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await response.text()).not.toContain("token");

    const caller = await getSessionCaller(cookieHeaders(response));
    expect(caller).toMatchObject({ email: user.email, role: "helpdesk" });
    const audit = await db().auditEntry.findFirst({ where: { action: "auth.sign_in", targetId: user.userId } });
    expect(audit).toMatchObject({ ip: "198.51.100.7", requestId: "req-test", actorEmail: user.email });
  });

  it("rejects a wrong password with 401 and audits the failure", async () => {
    const user = await makeCaller("auditor");
    await expect(signIn({ email: user.email, password: "wrong password!" }, new Headers(), context)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    const failures = await db().auditEntry.count({ where: { action: "auth.sign_in_failed", targetId: user.userId } });
    expect(failures).toBe(1);
  });

  it("rate-limits repeated attempts on one account with 429 and Retry-After", async () => {
    const email = uniqueEmail("victim");
    const attempts = [];
    for (let i = 0; i < 7; i++) {
      attempts.push(await signIn({ email, password: "guess-" + i }, new Headers(), context).catch((e: AppError) => e));
    }
    const codes = attempts.map((a) => (a instanceof AppError ? a.code : "ok"));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill("unauthenticated"));
    expect(codes.slice(5)).toEqual(["rate_limited", "rate_limited"]);
    expect((attempts[6] as AppError).extra.headers?.["retry-after"]).toMatch(/^\d+$/);
  });

  it("names each invalid field", async () => {
    await expect(signIn({ email: "not-an-email" }, new Headers(), context)).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "email" }, { field: "password" }] },
    });
  });

  it("sign-out deletes the session on the server", async () => {
    const user = await makeCaller("helpdesk");
    const response = await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), context);
    const headers = cookieHeaders(response);
    await signOut(headers, context);
    expect(await getSessionCaller(headers)).toBeNull();
    expect(await db().session.count({ where: { userId: user.userId } })).toBe(0);
  });

  it("disabling an account ends its sessions at once and blocks new ones", async () => {
    const admin = await makeCaller("admin");
    const user = await makeCaller("helpdesk");
    const headers = cookieHeaders(await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), context));
    expect(await getSessionCaller(headers)).not.toBeNull();

    const result = await updateAccount(admin, user.userId, { disabled: true }, context);
    expect(result.endedSessions).toBe(1);
    expect(await getSessionCaller(headers)).toBeNull();
    await expect(signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), context)).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });
});
