"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { whenIdle } from "@/lib/client/when-idle";
import type { NavItem } from "./nav-links";

// The dialog (cmdk, the Radix dialog, the search queries and the API contracts they use) is
// most of the shell's JavaScript and is shown only on demand, so it is not part of any page's
// first load: it is fetched when the browser is idle after the page is up, or at once on the
// first Ctrl-K / click if that comes sooner. A press before it arrives is kept (the menu opens
// when it does), so the shortcut works on the first press.
const loadDialog = () => import("./command-menu-dialog");
const CommandMenuDialog = lazy(loadDialog);

/**
 * Search from anywhere: Ctrl-K / Cmd-K (or the shell's button) opens pages, delivery groups and
 * directory users the caller may see. Closing returns focus to what had it.
 */
export function CommandMenu({ pages, canSearchUsers, canReadGroups }: { pages: NavItem[]; canSearchUsers: boolean; canReadGroups: boolean }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  // Mounted from the first open (or once preloaded), then kept: later opens are instant.
  const [mounted, setMounted] = useState(false);

  useEffect(
    () =>
      whenIdle(() => {
        void loadDialog().then(() => setMounted(true));
      }),
    [],
  );

  const openRef = useRef(open);
  const onOpenChangeRef = useRef(onOpenChange);
  useEffect(() => {
    openRef.current = open;
    onOpenChangeRef.current = onOpenChange;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        onOpenChangeRef.current(!openRef.current);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  const opener = useRef<HTMLElement | null>(null);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (next) {
      setMounted(true);
      // Opened by Ctrl-K there is no trigger element: remember what had focus to return it on close.
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    } else {
      setText("");
      const back = opener.current;
      requestAnimationFrame(() => back?.isConnected && back.focus());
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={() => onOpenChange(true)}
        className="flex w-full items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        {/* lucide's "search" icon drawn inline: the icon library's runtime stays out of pages that show no other icon. */}
        <svg className="size-4" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden>
          <path d="m21 21-4.34-4.34" />
          <circle cx="11" cy="11" r="8" />
        </svg>
        <span className="flex-1">Search</span>
        <kbd className="text-xs text-slate-600 dark:text-slate-300">Ctrl K</kbd>
      </button>
      {mounted ? (
        <Suspense fallback={null}>
          <CommandMenuDialog
            open={open}
            onOpenChange={onOpenChange}
            text={text}
            onTextChange={setText}
            pages={pages}
            canSearchUsers={canSearchUsers}
            canReadGroups={canReadGroups}
          />
        </Suspense>
      ) : null}
    </>
  );
}
