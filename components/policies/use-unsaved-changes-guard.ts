"use client";

import { useEffect } from "react";
import { installBackGuard } from "./back-button-guard";

export const LEAVE_WITH_CHANGES = "You have unsaved changes to this group's settings. Leave without saving?";

/**
 * While `dirty`: the browser asks before unloading (reload, close, typed URL), clicking an
 * in-app link asks first, and so does the browser's Back button (back-button-guard.ts). The link check runs in the capture phase on the document, before
 * Next.js's client-side navigation sees the click.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;

    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
      event.returnValue = "";
    }

    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      const samePage = url.origin === window.location.origin && url.pathname === window.location.pathname && url.search === window.location.search;
      if (samePage) return; // in-page anchors (e.g. the checker's links to fields) keep the edits
      if (!window.confirm(LEAVE_WITH_CHANGES)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }

    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    const removeBackGuard = installBackGuard(window, () => window.confirm(LEAVE_WITH_CHANGES));
    return () => {
      removeBackGuard();
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}
