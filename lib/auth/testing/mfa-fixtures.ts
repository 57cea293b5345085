import * as OTPAuth from "otpauth";
import { cookieHeaders, TEST_PASSWORD } from "@/test/support/factories";
import { confirmMfaEnrolment } from "../mfa-confirm-enrolment";
import { startMfaEnrolment } from "../mfa-start-enrolment";
import { signIn } from "../sign-in";

/** The current code of an otpauth:// URI, computed as an authenticator app would (otpauth package). */
export function totpCode(otpauthUri: string): string {
  return OTPAuth.URI.parse(otpauthUri).generate();
}

/** Six digits that are not the current code. */
export function wrongCode(otpauthUri: string): string {
  return totpCode(otpauthUri) === "123456" ? "654321" : "123456";
}

let nextAddress = 1;
/** A fresh address per sign-in, so one test's back-off never reaches another's. */
export function testContext() {
  return { ip: `203.0.113.${(nextAddress++ % 250) + 1}`, requestId: "req-mfa" };
}

/** Signs in with the password and enrols TOTP through the real operations; returns the session and the secrets. */
export async function enrolTotp(email: string) {
  const signedIn = await signIn({ email, password: TEST_PASSWORD }, new Headers(), testContext());
  const enrolment = await startMfaEnrolment({ password: TEST_PASSWORD }, cookieHeaders(signedIn), testContext());
  const confirmed = await confirmMfaEnrolment({ code: totpCode(enrolment.otpauthUri) }, cookieHeaders(signedIn), testContext());
  return { enrolment, headers: cookieHeaders(confirmed) };
}
