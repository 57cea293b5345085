import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listAccountsRoute } from "@/app/api/v1/accounts/route";
import { GET as ownMfaRoute } from "@/app/api/session/mfa/route";
import { POST as startEnrolmentRoute } from "@/app/api/session/mfa/enrolment/route";
import { POST as confirmEnrolmentRoute } from "@/app/api/session/mfa/confirmation/route";
import { DELETE as resetMfaRoute } from "@/app/api/v1/accounts/[id]/mfa/route";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";
import { mfaEnrolmentRequired } from "./mfa-gate";
import { signIn } from "./sign-in";
import { enrolTotp, testContext, totpCode } from "./testing/mfa-fixtures";

// The setting for this file only; env() is read lazily, per test file, at the first request.
const saved = process.env.MFA_REQUIRED_FOR_ADMINS;
beforeAll(() => {
  process.env.MFA_REQUIRED_FOR_ADMINS = "true";
});
afterAll(() => {
  if (saved === undefined) delete process.env.MFA_REQUIRED_FOR_ADMINS;
  else process.env.MFA_REQUIRED_FOR_ADMINS = saved;
});

const base = () => env().APP_URL;
function request(path: string, headers: Headers, init: { method?: string; body?: unknown } = {}) {
  const sent = new Headers(headers);
  if (init.body !== undefined) sent.set("content-type", "application/json");
  return new Request(`${base()}${path}`, { method: init.method ?? "GET", headers: sent, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

async function sessionOf(email: string): Promise<Headers> {
  return cookieHeaders(await signIn({ email, password: TEST_PASSWORD }, new Headers(), testContext()));
}

describe("MFA_REQUIRED_FOR_ADMINS", () => {
  it("refuses an admin without a second factor every API but enrolment, until enrolled", async () => {
    const admin = await makeCaller("admin");
    const headers = await sessionOf(admin.email);

    const refused = await listAccountsRoute(request("/api/v1/accounts", headers));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "forbidden", details: { reason: "mfa_enrolment_required", enrolAt: "/settings/security" } } });

    const status = await ownMfaRoute(request("/api/session/mfa", headers));
    expect(await status.json()).toEqual({ enrolled: false, recoveryCodesLeft: 0, passwordAccount: true, required: true });
    const started = await startEnrolmentRoute(request("/api/session/mfa/enrolment", headers, { method: "POST", body: { password: TEST_PASSWORD } }));
    expect(started.status).toBe(200);
    const { otpauthUri } = (await started.json()) as { otpauthUri: string };
    const confirmed = await confirmEnrolmentRoute(request("/api/session/mfa/confirmation", headers, { method: "POST", body: { code: totpCode(otpauthUri) } }));
    expect(confirmed.status).toBe(200);

    const allowed = await listAccountsRoute(request("/api/v1/accounts", cookieHeaders(confirmed)));
    expect(allowed.status).toBe(200);
  });

  it("does not apply to other roles, nor to an admin without a console password", async () => {
    const helpdesk = await makeCaller("helpdesk");
    expect(await mfaEnrolmentRequired(helpdesk)).toBe(false);
    const ssoAdmin = await makeCaller("admin");
    await db().account.deleteMany({ where: { userId: ssoAdmin.userId, providerId: "credential" } });
    expect(await mfaEnrolmentRequired(ssoAdmin)).toBe(false);
    expect(await mfaEnrolmentRequired(await makeCaller("admin"))).toBe(true);
  });

  it("an admin reset sends an enrolled admin back to enrolment", async () => {
    const resetter = await makeCaller("admin");
    const { headers: resetterHeaders } = await enrolTotp(resetter.email);
    const other = await makeCaller("admin");
    await enrolTotp(other.email);
    expect(await mfaEnrolmentRequired(other)).toBe(false);

    const reset = await resetMfaRoute(request(`/api/v1/accounts/${other.userId}/mfa`, resetterHeaders, { method: "DELETE" }), {
      params: Promise.resolve({ id: other.userId }),
    });
    expect(reset.status).toBe(200);
    expect(await mfaEnrolmentRequired(other)).toBe(true);
    const audit = await db().auditEntry.findFirst({ where: { action: "account.mfa_reset", targetId: other.userId } });
    expect(audit).toMatchObject({ actorId: resetter.userId, requestId: expect.any(String) });
  });
});
