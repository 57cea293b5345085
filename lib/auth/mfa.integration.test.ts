import { describe, expect, it } from "vitest";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { db } from "@/lib/db/client";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";
import { getSessionCaller } from "./caller";
import { confirmMfaEnrolment } from "./mfa-confirm-enrolment";
import { disableOwnMfa } from "./mfa-disable";
import { resetAccountMfa } from "./mfa-reset";
import { verifySignInCode } from "./mfa-sign-in";
import { startMfaEnrolment } from "./mfa-start-enrolment";
import { getOwnMfa } from "./mfa-status";
import { signIn } from "./sign-in";
import { enrolTotp, testContext, totpCode, wrongCode } from "./testing/mfa-fixtures";

async function passwordStep(email: string, context = testContext()) {
  const response = await signIn({ email, password: TEST_PASSWORD }, new Headers(), context);
  return { body: (await response.json()) as Record<string, unknown>, headers: cookieHeaders(response) };
}

describe("TOTP enrolment", () => {
  it("needs the password, is off until a code confirms it, and stores the recovery codes hashed", async () => {
    const user = await makeCaller("helpdesk");
    const { headers } = await passwordStep(user.email);
    await expect(startMfaEnrolment({ password: "not the password" }, headers, testContext())).rejects.toMatchObject({
      code: "validation_failed",
      extra: { fields: [{ field: "password", message: "is not your password" }] },
    });

    const enrolment = await startMfaEnrolment({ password: TEST_PASSWORD }, headers, testContext());
    expect(enrolment.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.otpauthUri).toContain(`secret=${enrolment.secret}`);
    expect(enrolment.recoveryCodes).toHaveLength(10);
    expect((await getOwnMfa(headers)).enrolled).toBe(false);
    // Not yet confirmed: the password alone still signs in.
    expect((await passwordStep(user.email)).body).toMatchObject({ signedIn: true });

    await expect(confirmMfaEnrolment({ code: wrongCode(enrolment.otpauthUri) }, headers, testContext())).rejects.toMatchObject({
      code: "validation_failed",
    });
    const confirmed = await confirmMfaEnrolment({ code: totpCode(enrolment.otpauthUri) }, headers, testContext());
    const fresh = cookieHeaders(confirmed);
    expect(await getOwnMfa(fresh)).toEqual({ enrolled: true, recoveryCodesLeft: 10, passwordAccount: true, required: false });

    const stored = await db().twoFactor.findUniqueOrThrow({ where: { userId: user.userId } });
    for (const code of enrolment.recoveryCodes) expect(stored.backupCodes).not.toContain(code);
    expect(stored.secret).not.toContain(enrolment.secret);
    expect(await db().auditEntry.count({ where: { action: "auth.mfa_enrolled", targetId: user.userId } })).toBe(1);
    expect((await listAccounts(await makeCaller("admin"))).find((a) => a.id === user.userId)?.mfa).toBe("enrolled");
  });

  it("turns off only with the password, and is audited", async () => {
    const user = await makeCaller("auditor");
    const { headers } = await enrolTotp(user.email);
    await expect(disableOwnMfa({ password: "wrong password" }, headers, testContext())).rejects.toMatchObject({ code: "validation_failed" });
    const disabled = await disableOwnMfa({ password: TEST_PASSWORD }, headers, testContext());
    expect(((await disabled.json()) as { enrolled: boolean }).enrolled).toBe(false);
    expect(await db().twoFactor.count({ where: { userId: user.userId } })).toBe(0);
    expect(await db().auditEntry.count({ where: { action: "auth.mfa_disabled", targetId: user.userId } })).toBe(1);
    expect((await passwordStep(user.email)).body).toMatchObject({ signedIn: true });
  });
});

describe("sign-in with a second factor", () => {
  it("gives no session for the password alone, then one for the right code; a wrong code is refused and audited", async () => {
    const user = await makeCaller("helpdesk");
    const { enrolment } = await enrolTotp(user.email);
    const step = await passwordStep(user.email);
    expect(step.body).toEqual({ signedIn: false, secondFactorRequired: true, email: user.email });
    expect(await getSessionCaller(step.headers)).toBeNull();

    const wrong = wrongCode(enrolment.otpauthUri);
    await expect(verifySignInCode({ code: wrong }, step.headers, testContext())).rejects.toMatchObject({ code: "unauthenticated" });
    const failure = await db().auditEntry.findFirst({ where: { action: "auth.sign_in_failed", targetId: user.userId }, orderBy: { id: "desc" } });
    expect(failure?.details).toMatchObject({ step: "second_factor", reason: "wrong authenticator code" });

    const done = await verifySignInCode({ code: totpCode(enrolment.otpauthUri) }, step.headers, testContext());
    expect(await done.json()).toEqual({ signedIn: true, email: user.email, recoveryCodesLeft: null });
    expect(await getSessionCaller(cookieHeaders(done))).toMatchObject({ userId: user.userId });
    const audit = await db().auditEntry.findFirst({ where: { action: "auth.sign_in", targetId: user.userId }, orderBy: { id: "desc" } });
    expect(audit?.details).toMatchObject({ secondFactor: "totp" });
  });

  it("takes each recovery code once, typed in any case", async () => {
    const user = await makeCaller("auditor");
    const { enrolment } = await enrolTotp(user.email);
    const code = enrolment.recoveryCodes[3]!;

    const first = await passwordStep(user.email);
    const done = await verifySignInCode({ method: "recovery_code", code: ` ${code.toUpperCase()} ` }, first.headers, testContext());
    expect(await done.json()).toMatchObject({ signedIn: true, recoveryCodesLeft: 9 });

    const second = await passwordStep(user.email);
    await expect(verifySignInCode({ method: "recovery_code", code }, second.headers, testContext())).rejects.toMatchObject({ code: "unauthenticated" });
    expect(await getOwnMfa(cookieHeaders(done))).toMatchObject({ recoveryCodesLeft: 9 });
  });

  it("backs off wrong codes like wrong passwords", async () => {
    const user = await makeCaller("helpdesk");
    const { enrolment } = await enrolTotp(user.email);
    const context = testContext();
    const wrong = wrongCode(enrolment.otpauthUri);
    // SIGN_IN_MAX_ATTEMPTS (5) free failures; the plugin ends a code step after 5, so the password is given again.
    for (let round = 0; round < 5; round += 1) {
      const step = await passwordStep(user.email, context);
      await expect(verifySignInCode({ code: wrong }, step.headers, context)).rejects.toMatchObject({ code: "unauthenticated" });
    }
    const step = await passwordStep(user.email, context);
    await expect(verifySignInCode({ code: wrong }, step.headers, context)).rejects.toMatchObject({ code: "unauthenticated" });
    // The sixth failure started a back-off: now even the right code waits.
    await expect(verifySignInCode({ code: totpCode(enrolment.otpauthUri) }, step.headers, context)).rejects.toMatchObject({ code: "rate_limited" });
    expect(await db().auditEntry.count({ where: { action: "auth.sign_in_rate_limited", targetId: user.userId } })).toBe(1);
  });

  it("refuses a code without an open code step", async () => {
    await expect(verifySignInCode({ code: "123456" }, new Headers(), testContext())).rejects.toMatchObject({ code: "unauthenticated" });
  });
});

describe("admin reset", () => {
  it("removes another account's second factor, audited; an admin's own is refused", async () => {
    const admin = await makeCaller("admin");
    const user = await makeCaller("helpdesk");
    await enrolTotp(user.email);
    await expect(resetAccountMfa(admin, admin.userId, testContext())).rejects.toMatchObject({ code: "conflict" });
    await expect(resetAccountMfa(await makeCaller("helpdesk"), user.userId)).rejects.toMatchObject({ code: "forbidden" });

    expect(await resetAccountMfa(admin, user.userId, testContext())).toEqual({ id: user.userId, mfa: "not_enrolled" });
    expect(await db().twoFactor.count({ where: { userId: user.userId } })).toBe(0);
    const audit = await db().auditEntry.findFirst({ where: { action: "account.mfa_reset", targetId: user.userId } });
    expect(audit).toMatchObject({ actorId: admin.userId, details: { wasEnrolled: true } });
    expect((await passwordStep(user.email)).body).toMatchObject({ signedIn: true });
  });
});
