import { changeOwnPassword } from "@/lib/auth/change-password";
import { passwordContract } from "@/lib/auth/password-contract";
import { defineRoute } from "@/lib/http/route";

export const POST = defineRoute(passwordContract.change, async ({ req, body, ctx }) => changeOwnPassword(req.headers, body, ctx));
