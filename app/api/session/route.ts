import { publicRoute, readJson } from "@/lib/api/handler";
import { signIn } from "@/lib/auth/sign-in";
import { signOut } from "@/lib/auth/sign-out";

/** POST signs in (sets the session cookie); DELETE signs out and ends the session on the server. */
export const POST = publicRoute(async ({ req, ip, requestId }) => signIn(await readJson(req), req.headers, { ip, requestId }));

export const DELETE = publicRoute(async ({ req, ip, requestId }) => signOut(req.headers, { ip, requestId }));
