import { randomInt } from "node:crypto";
import { GET as getDiagnosis } from "@/app/api/v1/users/[id]/diagnosis/route";
import { GET as getEvents } from "@/app/api/v1/users/[id]/events/route";
import { GET as getUser } from "@/app/api/v1/users/[id]/route";
import { GET as searchUsers } from "@/app/api/v1/users/route";
import type { Role } from "@/lib/auth/permissions";
import { signIn } from "@/lib/auth/sign-in";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";

/** Calls the helpdesk API's route handlers as the app server would, with a real session. */

export async function sessionOf(role: Role): Promise<Headers> {
  const user = await makeCaller(role);
  // A fresh address per sign-in keeps the per-address sign-in limit out of the way.
  const ip = `198.51.${randomInt(256)}.${randomInt(1, 255)}`;
  return cookieHeaders(await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), { ip, requestId: null }));
}

const request = (path: string, headers: Headers) => new Request(`http://localhost${path}`, { headers });
const params = (id: string) => ({ params: Promise.resolve({ id }) });

export const helpdeskApi = {
  search: (query: string, headers: Headers) => searchUsers(request(`/api/v1/users?${query}`, headers)),
  user: (id: string, headers: Headers) => getUser(request(`/api/v1/users/${id}`, headers), params(id)),
  events: (id: string, query: string, headers: Headers) => getEvents(request(`/api/v1/users/${id}/events?${query}`, headers), params(id)),
  diagnosis: (id: string, headers: Headers, query = "") =>
    getDiagnosis(request(`/api/v1/users/${id}/diagnosis?${query}`, headers), params(id)),
};
