import "server-only";
import type { MfaStatus } from "./mfa-contract";
import { mfaStatusOf, requireSessionUser } from "./mfa-account";

/** GET /api/session/mfa: the signed-in account's second factor. */
export async function getOwnMfa(headers: Headers): Promise<MfaStatus> {
  return mfaStatusOf(await requireSessionUser(headers));
}
