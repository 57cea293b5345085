import type { Metadata } from "next";
import { SignInForm } from "@/components/sign-in-form";
import { SsoButtons } from "@/components/sso-buttons";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const config = env();
  const providers = config.OIDC_PROVIDERS.map(({ id, name }) => ({ id, name }));
  const passwordForm = <SignInForm next={next ?? null} />;
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <h1 className="mb-1 text-xl font-semibold">Rich Push Console</h1>
      <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">Sign in to manage rich push policies and help users.</p>
      {providers.length > 0 ? (
        <div className="mb-6">
          <SsoButtons providers={providers} next={next ?? null} />
        </div>
      ) : null}
      {config.PASSWORD_SIGN_IN ? (
        <>
          {providers.length > 0 ? <p className="mb-4 text-center text-xs text-slate-500 dark:text-slate-400">or with your console password</p> : null}
          {passwordForm}
        </>
      ) : (
        // Password sign-in is off: only the break-glass admin (ADMIN_EMAIL) may still use it.
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-400">Break-glass admin sign-in</summary>
          <div className="mt-4">{passwordForm}</div>
        </details>
      )}
    </main>
  );
}
