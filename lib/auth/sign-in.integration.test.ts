import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { updateAccount } from "@/lib/accounts/update-account";
import { db } from "@/lib/db/client";
import { cookieHeaders, makeCaller, TEST_PASSWORD, uniqueEmail } from "@/test/support/factories";
import { getSessionCaller } from "./caller";
import { signIn } from "./sign-in";
import { signOut } from "./sign-out";
import { purgeSignInFailures } from "./sign-in-throttle";

// Each test signs in from its own address, so the per-address back-off of one never reaches another.
let context = { ip: "198.51.100.7", requestId: "req-test" };
let nextAddress = 1;
beforeEach(() => {
  context = { ip: `198.51.100.${nextAddress++}`, requestId: "req-test" };
});

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
    expect(audit).toMatchObject({ ip: context.ip, requestId: "req-test", actorEmail: user.email });
  });

  it("rejects a wrong password with 401 and audits the failure", async () => {
    const user = await makeCaller("auditor");
    await expect(signIn({ email: user.email, password: "wrong password!" }, new Headers(), context)).rejects.toMatchObject({
      code: "unauthenticated",
    });
    const failures = await db().auditEntry.count({ where: { action: "auth.sign_in_failed", targetId: user.userId } });
    expect(failures).toBe(1);
  });

  it("backs off repeated failures on one account with 429 and Retry-After, audited once per window", async () => {
    const email = uniqueEmail("victim");
    const attempts = [];
    for (let i = 0; i < 9; i++) {
      attempts.push(await signIn({ email, password: "guess-" + i }, new Headers(), context).catch((e: AppError) => e));
    }
    const codes = attempts.map((a) => (a instanceof AppError ? a.code : "ok"));
    // SIGN_IN_MAX_ATTEMPTS (5) failures are free; the 6th fails too and starts a 2-second wait.
    expect(codes.slice(0, 6)).toEqual(Array(6).fill("unauthenticated"));
    expect(codes.slice(6)).toEqual(["rate_limited", "rate_limited", "rate_limited"]);
    expect((attempts[8] as AppError).extra.headers?.["retry-after"]).toMatch(/^[12]$/);
    expect(await db().auditEntry.count({ where: { action: "auth.sign_in_rate_limited", targetId: email } })).toBe(1);
  });

  it("never counts successes: an account that signs in often is never throttled", async () => {
    const user = await makeCaller("helpdesk");
    for (let i = 0; i < 8; i++) {
      const response = await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), context);
      expect(response.status).toBe(200);
    }
  });

  it("a success forgets the account's earlier failures from that address", async () => {
    const user = await makeCaller("auditor");
    const fail = () => signIn({ email: user.email, password: "wrong password!" }, new Headers(), context).catch((e: AppError) => e.code);
    for (let i = 0; i < 4; i++) expect(await fail()).toBe("unauthenticated");
    expect((await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), context)).status).toBe(200);
    // Without the reset the 6th failure in a row would start a wait and the 7th be refused.
    for (let i = 0; i < 6; i++) expect(await fail()).toBe("unauthenticated");
  });

  it("backs off per address too, across accounts, so spraying many accounts slows down", async () => {
    const sprayer = { ip: "203.0.113.66", requestId: "req-spray" };
    const codes = [];
    for (let i = 0; i < 22; i++) {
      const attempt = await signIn({ email: uniqueEmail(`spray${i}`), password: "guess" }, new Headers(), sprayer).catch((e: AppError) => e.code);
      codes.push(attempt);
    }
    // 4 × SIGN_IN_MAX_ATTEMPTS free failures per address, the 21st starts a wait, the 22nd is refused.
    expect(codes.slice(0, 21).every((code) => code === "unauthenticated")).toBe(true);
    expect(codes[21]).toBe("rate_limited");
  });

  it("a disabled account goes through the password check like any failure, and is counted as one", async () => {
    const admin = await makeCaller("admin");
    const user = await makeCaller("helpdesk");
    await updateAccount(admin, user.userId, { disabled: true }, context);
    const codes = [];
    for (let i = 0; i < 7; i++) {
      codes.push(await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), context).catch((e: AppError) => e.code));
    }
    expect(codes).toEqual([...Array(6).fill("unauthenticated"), "rate_limited"]);
  });

  it("forgets counters nobody has failed on for a day", async () => {
    const email = uniqueEmail("old-failure");
    await signIn({ email, password: "guess" }, new Headers(), context).catch(() => null);
    const key = `account:${email}|${context.ip}`;
    expect(await db().signInFailure.count({ where: { key } })).toBe(1);
    await purgeSignInFailures(new Date(Date.now() + 25 * 3_600_000));
    expect(await db().signInFailure.count({ where: { key } })).toBe(0);
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
