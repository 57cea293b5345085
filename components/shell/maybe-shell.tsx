import "server-only";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { getSessionCaller } from "@/lib/auth/caller";
import { AppShell } from "./app-shell";

/** 404 and 403 pages sit inside the app shell for a signed-in user, and stand alone otherwise. */
export async function MaybeShell({ children }: { children: ReactNode }) {
  const caller = await getSessionCaller(await headers()).catch(() => null);
  return caller ? <AppShell caller={caller}>{children}</AppShell> : <>{children}</>;
}
