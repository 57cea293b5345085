"use client";

import { useQuery } from "@tanstack/react-query";
import { Command } from "cmdk";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useUserSearch } from "@/components/helpdesk/use-user-search";
import { useDebouncedValue } from "@/components/helpdesk/use-debounced-value";
import { callApi } from "@/lib/client/api-client";
import { queryKeys } from "@/lib/client/query-keys";
import { policiesContract } from "@/lib/policies/contract";
import { readRecentUsers } from "./recent-users";
import type { NavItem } from "./nav-links";

const itemClass =
  "flex cursor-pointer items-center justify-between gap-3 rounded px-3 py-2 text-sm data-[selected=true]:bg-sky-100 data-[selected=true]:text-sky-950 dark:data-[selected=true]:bg-sky-900 dark:data-[selected=true]:text-white";
const groupClass =
  "[&_[cmdk-group-heading]]:px-3 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-slate-600 dark:[&_[cmdk-group-heading]]:text-slate-300";

const matches = (text: string, query: string) => text.toLowerCase().includes(query.trim().toLowerCase());

/**
 * The search dialog the command menu opens: pages, delivery groups and directory users the caller
 * may see. Users come from the helpdesk search API; groups from the policies list; recent users
 * from this browser. It carries cmdk, the dialog and the API contracts, so it is loaded apart
 * from the shell (see command-menu.tsx), which owns the open state, the typed text and focus.
 */
export default function CommandMenuDialog({
  open,
  onOpenChange,
  text,
  onTextChange,
  pages,
  canSearchUsers,
  canReadGroups,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  text: string;
  onTextChange: (text: string) => void;
  pages: NavItem[];
  canSearchUsers: boolean;
  canReadGroups: boolean;
}) {
  const router = useRouter();
  const query = useDebouncedValue(text, 200);
  const users = useUserSearch(canSearchUsers && open ? query : "");
  const groups = useQuery({
    queryKey: queryKeys.groups.all,
    queryFn: () => callApi(policiesContract.listGroups),
    enabled: open && canReadGroups,
  });
  // Read each time the menu opens: another tab may have opened a user since.
  const recent = useMemo(() => (open && canSearchUsers ? readRecentUsers() : []), [open, canSearchUsers]);

  function go(href: string) {
    onOpenChange(false);
    router.push(href);
  }

  const shownPages = pages.filter((page) => matches(page.label, text));
  const shownGroups = (groups.data?.groups ?? []).filter((group) => matches(group.name, text)).slice(0, 8);
  const shownRecent = text.trim() ? [] : recent;
  const userHits = text.trim() ? (users.data?.pages[0]?.users ?? []).slice(0, 8) : [];

  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label="Search users, groups and pages"
      shouldFilter={false}
      overlayClassName="fixed inset-0 z-40 bg-slate-950/50"
      contentClassName="fixed top-24 left-1/2 z-50 w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 rounded-lg border border-slate-200 bg-white shadow-xl dark:border-slate-700 dark:bg-slate-900"
    >
      <Command.Input
        value={text}
        onValueChange={onTextChange}
        placeholder="Search users, groups and pages…"
        aria-label="Search users, groups and pages"
        className="w-full rounded-t-lg border-b border-slate-200 bg-transparent px-4 py-3 text-base outline-none dark:border-slate-700"
      />
      <Command.List className="max-h-96 overflow-y-auto p-2">
        <Command.Empty className="px-3 py-2 text-sm text-slate-600 dark:text-slate-300">
          {users.isFetching || query !== text ? "Searching…" : "Nothing matches."}
        </Command.Empty>
        {shownRecent.length > 0 ? (
          <Command.Group heading="Recent users" className={groupClass}>
            {shownRecent.map((user) => (
              <Command.Item key={user.id} value={`recent-${user.id}`} onSelect={() => go(`/helpdesk/users/${user.id}`)} className={itemClass}>
                {user.name}
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {userHits.length > 0 ? (
          <Command.Group heading="Users" className={groupClass}>
            {userHits.map((user) => (
              <Command.Item key={user.id} value={`user-${user.id}`} onSelect={() => go(`/helpdesk/users/${user.id}`)} className={itemClass}>
                <span className="min-w-0 truncate">{user.displayName}</span>
                <span className="truncate text-xs text-slate-600 dark:text-slate-300">{user.email}</span>
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {shownGroups.length > 0 ? (
          <Command.Group heading="Delivery groups" className={groupClass}>
            {shownGroups.map((group) => (
              <Command.Item key={group.id} value={`group-${group.id}`} onSelect={() => go(`/policies/${group.id}`)} className={itemClass}>
                {group.name}
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
        {shownPages.length > 0 ? (
          <Command.Group heading="Pages" className={groupClass}>
            {shownPages.map((page) => (
              <Command.Item key={page.href} value={`page-${page.href}`} onSelect={() => go(page.href)} className={itemClass}>
                {page.label}
              </Command.Item>
            ))}
          </Command.Group>
        ) : null}
      </Command.List>
    </Command.Dialog>
  );
}
