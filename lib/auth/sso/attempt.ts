import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { Role } from "../permissions";

/**
 * What one SSO callback learned while better-auth ran it: the gate (validate-identity.ts) fills
 * it in, the callback route reads it to audit the outcome with the provider and the subject.
 * Request-scoped through AsyncLocalStorage because better-auth calls the gate deep inside its
 * own callback endpoint, with no way to hand a value back.
 */
export type SsoAttempt = {
  providerId: string;
  subject?: string;
  email?: string;
  userId?: string;
  role?: Role;
  /** True when this sign-in created the account (just-in-time provisioning). */
  provisioned?: boolean;
  /** Set when the gate refused, with the code shown on the refusal page. */
  refused?: { code: string; reason: string };
};

// One store per process, kept on globalThis: the production build can load this module more than
// once (the callback route's bundle and the one better-auth's gate runs in), and two stores would
// leave the gate writing into nothing the route can read.
const holder = globalThis as unknown as { ssoAttemptStorage?: AsyncLocalStorage<SsoAttempt> };
const storage = (holder.ssoAttemptStorage ??= new AsyncLocalStorage<SsoAttempt>());

export function runSsoAttempt<T>(attempt: SsoAttempt, run: () => Promise<T>): Promise<T> {
  return storage.run(attempt, run);
}

export function currentSsoAttempt(): SsoAttempt | undefined {
  return storage.getStore();
}
