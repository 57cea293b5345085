import Link from "next/link";
import type { ReactNode } from "react";
import type { UserCaller } from "@/lib/auth/caller";
import { can, ROLE_LABELS, type Permission } from "@/lib/auth/permissions";
import { CommandMenu } from "./command-menu";
import { NavLinks, type NavItem } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { TimeZoneNote } from "./time-zone-note";

const NAV: (NavItem & { permission?: Permission })[] = [
  { href: "/", label: "Dashboard" },
  { href: "/policies", label: "Policies", permission: "policy:read" },
  { href: "/helpdesk", label: "Helpdesk", permission: "directory:read" },
  { href: "/alerts", label: "Alerts", permission: "alert:read" },
  { href: "/audit", label: "Audit", permission: "audit:read" },
  { href: "/settings", label: "Settings", permission: "account:manage" },
];

/** The signed-in layout: navigation limited to what the role may use, the user and sign-out. */
export function AppShell({ caller, children }: { caller: UserCaller; children: ReactNode }) {
  const pages = NAV.filter((item) => !item.permission || can(caller.role, item.permission)).map(({ href, label }) => ({ href, label }));
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="print:hidden sr-only focus:not-sr-only focus:absolute focus:m-2 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <aside className="print:hidden flex w-56 shrink-0 flex-col gap-6 border-r border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <div className="px-3 text-base font-semibold">Rich Push Console</div>
        <CommandMenu
          pages={pages}
          canSearchUsers={can(caller.role, "directory:read")}
          canReadGroups={can(caller.role, "policy:read")}
        />
        <NavLinks items={pages} />
        <div className="mt-auto space-y-2 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
          <div className="px-1">
            <div className="truncate font-medium" data-testid="signed-in-user">{caller.email}</div>
            <div className="text-slate-600 dark:text-slate-400">{ROLE_LABELS[caller.role]}</div>
          </div>
          <Link href="/settings/security" className="block px-1 text-sky-700 underline hover:text-sky-900 dark:text-sky-400">
            Security
          </Link>
          <TimeZoneNote />
          <SignOutButton />
        </div>
      </aside>
      <main id="main" className="min-w-0 flex-1 p-8 print:p-0">
        {children}
      </main>
    </div>
  );
}
