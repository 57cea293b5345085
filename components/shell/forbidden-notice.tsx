import Link from "next/link";

/** The 403 text, shared by the console's own forbidden page (inside its shell) and the root one. */
export function ForbiddenNotice() {
  return (
    <div className="mx-auto mt-24 max-w-md text-center">
      <h1 className="text-xl font-semibold">403 · Not allowed</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Your role cannot use this page. Ask an admin if you need access.</p>
      <Link href="/" className="mt-4 inline-block text-sky-700 underline dark:text-sky-300">
        Back to the dashboard
      </Link>
    </div>
  );
}
