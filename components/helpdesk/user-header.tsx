import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { UserOverview } from "@/lib/helpdesk/views";

/** Who this is: name, addresses and delivery group. */
export function UserHeader({ overview }: { overview: UserOverview }) {
  const { user, group } = overview;
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div>
        <p className="text-sm print:hidden">
          <Link href="/helpdesk" className="text-sky-700 hover:underline dark:text-sky-400">
            ← Helpdesk search
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">{user.displayName}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {user.email}
          {user.upn !== user.email ? <> · UPN {user.upn}</> : null}
        </p>
      </div>
      <div className="text-right text-sm">
        <p className="text-slate-600 dark:text-slate-400">Delivery group</p>
        {group ? (
          // Every role may read policies, so the badge always leads somewhere the viewer may go.
          <Link href={`/policies/${group.id}`} aria-label={`Policy of ${group.name}`} className="rounded hover:underline focus-visible:outline-2 focus-visible:outline-sky-600">
            <Badge tone="sky" className="text-sm">
              {group.name}
            </Badge>
          </Link>
        ) : (
          <Badge tone="red">none</Badge>
        )}
      </div>
    </header>
  );
}
