import type { Metadata } from "next";
import Link from "next/link";
import { refusalFor } from "@/lib/auth/sso/refusal-messages";

export const metadata: Metadata = { title: "Sign-in refused" };

/** Where a refused or failed single sign-on ends: our words for the code, and a way back. */
export default async function SignInRefusedPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  const refusal = refusalFor(error);
  return (
    <main className="mx-auto mt-24 max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h1 className="mb-3 text-xl font-semibold">{refusal.title}</h1>
      <p role="alert" className="mb-4 text-sm text-slate-700 dark:text-slate-300">
        {refusal.detail}
      </p>
      {error ? <p className="mb-6 text-xs text-slate-500 dark:text-slate-400">Reference: {error.slice(0, 60)}</p> : null}
      <Link href="/sign-in" className="text-sm font-medium text-blue-700 underline dark:text-blue-400">
        Back to sign-in
      </Link>
    </main>
  );
}
