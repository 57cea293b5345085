/**
 * What the refusal page says for each code the SSO callback can end with. Our own words only: a
 * code that is not listed gets the general message, so a crafted URL cannot put text on the page.
 */
export type Refusal = { title: string; detail: string };

const GENERAL: Refusal = {
  title: "Single sign-on did not complete",
  detail: "The console could not sign you in with your identity provider. Start again from the sign-in page; if it keeps failing, ask a console admin.",
};

const STALE: Refusal = {
  title: "This sign-in link is no longer valid",
  detail:
    "The answer from your identity provider did not match a sign-in started in this browser (it was changed, reused or expired). Start again from the sign-in page.",
};

const MESSAGES: Record<string, Refusal> = {
  no_mapped_role: {
    title: "Your account has no console role",
    detail:
      "You signed in at your identity provider, but none of your groups is mapped to a console role (admin, helpdesk or auditor), so the console does not let you in. Ask your identity team to add you to a console group.",
  },
  account_disabled: {
    title: "Your console account is disabled",
    detail: "An admin disabled this account in the console. Signing in at your identity provider does not enable it again; ask a console admin.",
  },
  signup_disabled: {
    title: "No console account for you yet",
    detail: "Accounts are not created automatically for this provider. Ask a console admin to create your account, then sign in again.",
  },
  account_not_linked: {
    title: "This email belongs to another console account",
    detail: "A console account with your email exists and cannot be joined to your identity provider automatically. Ask a console admin.",
  },
  access_denied: { title: "Sign-in was cancelled", detail: "Your identity provider did not grant access. Start again from the sign-in page." },
  unknown_provider: { title: "Unknown sign-in provider", detail: "This console has no single sign-on provider by that name." },
  state_mismatch: STALE,
  state_not_found: STALE,
  state_invalid: STALE,
  please_restart_the_process: STALE,
  invalid_code: STALE,
  nonce_binding_missing: STALE,
};

export function refusalFor(code: string | null | undefined): Refusal {
  return (code && MESSAGES[code]) || GENERAL;
}
