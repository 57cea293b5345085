"use client";

import { useEffect, type RefObject } from "react";

type Anchor = { row: HTMLElement; top: number };

/**
 * Keeps the timeline row a reader is looking at still while the page changes around it: new
 * events inserted above, or the diagnosis above growing as they arrive. The first visible row and
 * its position are recorded on every scroll; whenever the page's size changes, the page scrolls by
 * however far that row moved (inside an open group of identical ones, the notification itself).
 * When the list's top is in view nothing is held, so new rows show up where the reader is looking. The browser's own scroll anchoring is switched off meanwhile: it
 * would correct some of the same changes a second time.
 */
export function useScrollAnchor(listRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let anchor: Anchor | null = null;

    const record = () => {
      anchor = null;
      const list = listRef.current;
      if (!list || list.getBoundingClientRect().top >= 0) return;
      // Rows come in document order: an open group before the notifications inside it. The anchor
      // is the innermost visible row, so a new notification joining the top of an open group does
      // not move the one being read inside it.
      for (const row of list.querySelectorAll<HTMLElement>("[data-row-id]")) {
        const { top, bottom } = row.getBoundingClientRect();
        if (bottom <= 0) continue;
        if (anchor && !anchor.row.contains(row)) return;
        anchor = { row, top };
        if (!row.querySelector("[data-row-id]")) return;
      }
    };

    const restore = () => {
      if (!anchor || !anchor.row.isConnected) return record();
      const moved = anchor.row.getBoundingClientRect().top - anchor.top;
      // The scroll this causes records the anchor again, at its old position.
      if (Math.abs(moved) >= 0.5) window.scrollBy(0, moved);
    };

    const root = document.documentElement;
    const previousAnchoring = root.style.overflowAnchor;
    root.style.overflowAnchor = "none";
    record();
    const observer = new ResizeObserver(restore);
    observer.observe(document.body);
    window.addEventListener("scroll", record, { passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", record);
      root.style.overflowAnchor = previousAnchoring;
    };
  }, [listRef]);
}
