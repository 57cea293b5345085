"use client";

import { useCallback, useLayoutEffect, useRef, type RefObject } from "react";

type Anchor = { rowId: string; top: number };

/**
 * Keeps the rows a reader is looking at still when rows are inserted above them. Call `capture()`
 * just before the insert; after the next render with a new `version`, the page scrolls by however
 * far the first visible row moved. When the list's top is in view nothing is held, so new rows
 * show up where the reader is looking. Browsers with native scroll anchoring will already have
 * corrected the position, and the measured move is then zero.
 */
export function useScrollAnchor(listRef: RefObject<HTMLElement | null>, version: unknown): () => void {
  const anchor = useRef<Anchor | null>(null);

  const capture = useCallback(() => {
    anchor.current = null;
    const list = listRef.current;
    if (!list || list.getBoundingClientRect().top >= 0) return;
    for (const row of list.querySelectorAll<HTMLElement>("[data-row-id]")) {
      const { top, bottom } = row.getBoundingClientRect();
      if (bottom > 0) {
        anchor.current = { rowId: row.dataset.rowId!, top };
        return;
      }
    }
  }, [listRef]);

  useLayoutEffect(() => {
    const saved = anchor.current;
    anchor.current = null;
    if (!saved || !listRef.current) return;
    const row = listRef.current.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(saved.rowId)}"]`);
    const moved = row ? row.getBoundingClientRect().top - saved.top : 0;
    if (moved !== 0) window.scrollBy(0, moved);
  }, [listRef, version]);

  return capture;
}
