import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { DatabaseUnavailable } from "@/components/shell/database-unavailable";
import { getSessionCaller, type UserCaller } from "@/lib/auth/caller";
import { isDatabaseUnavailable } from "@/lib/db/errors";

export const dynamic = "force-dynamic";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  let caller: UserCaller | null;
  try {
    caller = await getSessionCaller(await headers());
  } catch (error) {
    if (isDatabaseUnavailable(error)) return <DatabaseUnavailable />;
    throw error;
  }
  if (!caller) redirect("/sign-in");
  return <AppShell caller={caller}>{children}</AppShell>;
}
