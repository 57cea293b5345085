import { sessionContract } from "@/lib/auth/contract";
import { signIn } from "@/lib/auth/sign-in";
import { signOut } from "@/lib/auth/sign-out";
import { defineRoute } from "@/lib/http/route";

/** POST signs in (sets the session cookie); DELETE signs out and ends the session on the server. */
export const POST = defineRoute(sessionContract.signIn, async ({ req, body, ctx }) => signIn(body, req.headers, ctx));

export const DELETE = defineRoute(sessionContract.signOut, async ({ req, ctx }) => signOut(req.headers, ctx));
