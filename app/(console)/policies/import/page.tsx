import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { ImportScreen } from "@/components/policies/import/import-screen";
import { PageHeader } from "@/components/ui/page-header";
import { pageCaller } from "@/lib/auth/page-caller";

export const metadata: Metadata = { title: "Import · Policies" };

/**
 * Import needs policy:write for the dry run as well as for applying (the import API asks for it
 * either way), so the page is refused to read-only roles rather than showing them a preview that
 * the server would refuse.
 */
export default async function ImportGroupsPage() {
  await pageCaller("policy:write");
  return (
    <>
      <Link href="/policies" className="mb-3 inline-flex items-center gap-1 text-sm text-sky-800 hover:underline dark:text-sky-300">
        <ArrowLeft className="size-4" aria-hidden /> All groups
      </Link>
      <PageHeader title="Import delivery groups" description="Create and update groups from an export file, after seeing what it changes." />
      <ImportScreen />
    </>
  );
}
