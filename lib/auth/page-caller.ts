import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { withDatabaseDigest } from "@/lib/db/errors";
import { getSessionCaller, type UserCaller } from "./caller";
import { MFA_ENROLMENT_PATH, mfaEnrolmentRequired } from "./mfa-gate";
import { can, type Permission } from "./permissions";

/**
 * For pages: the signed-in user, or a redirect to sign-in (or to change-password while an admin-set
 * password must be replaced); 403 when the role lacks `permission`.
 * A database outage is rethrown tagged, so the error boundary can say so in production.
 */
export async function pageCaller(permission?: Permission, options: { enrolmentPage?: boolean } = {}): Promise<UserCaller> {
  const caller = await getSessionCaller(await headers()).catch(rethrowTagged);
  if (!caller) redirect("/sign-in");
  // A password an admin set opens only the page that replaces it.
  if (caller.mustChangePassword) redirect("/change-password");
  // MFA_REQUIRED_FOR_ADMINS: every page but the enrolment page sends an admin without one there.
  if (!options.enrolmentPage && (await mfaEnrolmentRequired(caller).catch(rethrowTagged))) redirect(MFA_ENROLMENT_PATH);
  if (permission && !can(caller.role, permission)) forbidden();
  return caller;
}

function rethrowTagged(error: unknown): never {
  throw withDatabaseDigest(error);
}
