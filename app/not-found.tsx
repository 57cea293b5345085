import Link from "next/link";
import { MaybeShell } from "@/components/shell/maybe-shell";

export default async function NotFound() {
  return (
    <MaybeShell>
    <div className="mx-auto mt-24 max-w-md text-center">
      <h1 className="text-xl font-semibold">404 · Not found</h1>
      <Link href="/" className="mt-4 inline-block text-sky-700 underline dark:text-sky-300">
        Back to the dashboard
      </Link>
    </div>
    </MaybeShell>
  );
}
