import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "@/components/change-password-form";
import { getSessionCaller } from "@/lib/auth/caller";
import { withDatabaseDigest } from "@/lib/db/errors";

export const metadata: Metadata = { title: "Change password" };

/** Outside the console layout: while an admin-set password must be replaced, this is the one page that opens. */
export default async function ChangePasswordPage() {
  const caller = await getSessionCaller(await headers()).catch((error: unknown) => {
    throw withDatabaseDigest(error);
  });
  if (!caller) redirect("/sign-in");
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h1 className="mb-1 text-xl font-semibold">Change password</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
        {caller.mustChangePassword
          ? `An admin set a new password for ${caller.email}. Choose your own before you continue.`
          : `Choose a new password for ${caller.email}.`}
      </p>
      <ChangePasswordForm />
    </main>
  );
}
