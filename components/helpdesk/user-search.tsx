"use client";

import clsx from "clsx";
import { useRouter } from "next/navigation";
import { parseAsString, useQueryState } from "nuqs";
import { useId, useState, type KeyboardEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ErrorNote } from "@/components/ui/error-note";
import { plural } from "@/lib/format/time";
import type { UserSearchHit } from "@/lib/helpdesk/views";
import { useDebouncedValue } from "./use-debounced-value";
import { useUserSearch } from "./use-user-search";

const DEBOUNCE_MS = 200;

const MATCH_LABELS: Record<UserSearchHit["match"], string | null> = {
  exact: null,
  prefix: null,
  word: null,
  substring: null,
  similar: "similar spelling",
};

export const userPageHref = (id: string) => `/helpdesk/users/${id}`;

/**
 * Directory search as a combobox (WAI-ARIA): results while typing, ↑/↓ to move, Enter to open the
 * user, Escape to clear. Moving past the last result loads the next page.
 */
export function UserSearch() {
  const router = useRouter();
  // The query lives in the URL (?q=), replaced while typing: a link can be pasted into a ticket,
  // and Back from a user's page comes back to the same results.
  const [text, setText] = useQueryState("q", parseAsString.withDefault(""));
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(text, DEBOUNCE_MS);
  const search = useUserSearch(query);
  const ids = useId();
  const listboxId = `${ids}-results`;
  const optionId = (index: number) => `${ids}-option-${index}`;

  const users = search.data?.pages.flatMap((page) => page.users) ?? [];
  const open = text.trim().length > 0 && users.length > 0;
  const settled = query === text && !search.isFetching;

  function openUser(user: UserSearchHit) {
    router.push(userPageHref(user.id));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (active >= users.length - 1 && search.hasNextPage && !search.isFetchingNextPage) void search.fetchNextPage();
      setActive(Math.min(active + 1, users.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (event.key === "Enter") {
      const chosen = users[active] ?? (users.length === 1 ? users[0] : undefined);
      if (chosen) {
        event.preventDefault();
        openUser(chosen);
      }
    } else if (event.key === "Escape") {
      void setText(null);
      setActive(-1);
    }
  }

  const status = !text.trim()
    ? ""
    : !settled
      ? "Searching…"
      : users.length === 0
        ? "No users match."
        : `${plural(users.length, "user")}${search.hasNextPage ? " or more" : ""} found. Use the arrow keys and Enter to open one.`;

  return (
    <div className="max-w-2xl space-y-2">
      <label htmlFor={`${ids}-input`} className="block text-sm font-medium">
        Find a user by name, email or UPN
      </label>
      <input
        id={`${ids}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        // The helpdesk opens to type a name straight away.
        autoFocus
        spellCheck={false}
        placeholder="e.g. ana lopez, a.lopez@corp.example"
        value={text}
        onChange={(event) => {
          void setText(event.target.value || null);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-600 dark:bg-slate-900"
      />
      <p role="status" aria-live="polite" className="min-h-5 text-sm text-slate-600 dark:text-slate-400">
        {status}
      </p>
      {search.isError ? <ErrorNote error={search.error} title="Search failed" /> : null}
      <ul
        id={listboxId}
        role="listbox"
        aria-label="Matching users"
        hidden={!open}
        className="divide-y divide-slate-200 overflow-hidden rounded-md border border-slate-200 bg-white dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900"
      >
        {users.map((user, index) => (
          <li
            key={user.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => openUser(user)}
            onMouseEnter={() => setActive(index)}
            className={clsx("flex cursor-pointer items-center justify-between gap-3 px-3 py-2", index === active && "bg-sky-100 dark:bg-sky-900/40")}
          >
            <span className="min-w-0">
              <span className="block truncate font-medium">{user.displayName}</span>
              <span className="block truncate text-sm text-slate-600 dark:text-slate-400">
                {user.email}
                {user.upn !== user.email ? ` · ${user.upn}` : ""}
              </span>
            </span>
            <span className="flex shrink-0 items-center gap-2">
              {MATCH_LABELS[user.match] ? <Badge tone="amber">{MATCH_LABELS[user.match]}</Badge> : null}
              <Badge>{user.groupName ?? "no group"}</Badge>
            </span>
          </li>
        ))}
      </ul>
      {open && search.hasNextPage ? (
        <Button variant="secondary" onClick={() => search.fetchNextPage()} disabled={search.isFetchingNextPage}>
          {search.isFetchingNextPage ? "Loading…" : "More results"}
        </Button>
      ) : null}
    </div>
  );
}
