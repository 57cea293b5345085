import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getSessionCaller, type UserCaller } from "./caller";
import { can, type Permission } from "./permissions";

/** For pages: the signed-in user, or a redirect to sign-in; 403 when the role lacks `permission`. */
export async function pageCaller(permission?: Permission): Promise<UserCaller> {
  const caller = await getSessionCaller(await headers());
  if (!caller) redirect("/sign-in");
  if (permission && !can(caller.role, permission)) forbidden();
  return caller;
}
