"use client";

import { useEffect, type RefObject } from "react";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A printed user page carries the last day of the timeline only, so the diagnosis and that day fit
 * on one or two pages. Rows are marked when printing starts (not at render), so "the last day" is
 * measured from the moment of printing; the print stylesheet hides the marked rows.
 */
export function usePrintLastDay(listRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const mark = () => {
      const since = Date.now() - DAY_MS;
      for (const row of listRef.current?.querySelectorAll<HTMLElement>("[data-row-id]") ?? []) {
        const time = row.querySelector("time")?.dateTime;
        const older = time !== undefined && Date.parse(time) < since;
        row.toggleAttribute("data-print-older", older);
      }
    };
    const unmark = () => {
      for (const row of listRef.current?.querySelectorAll<HTMLElement>("[data-print-older]") ?? []) row.removeAttribute("data-print-older");
    };
    window.addEventListener("beforeprint", mark);
    window.addEventListener("afterprint", unmark);
    return () => {
      window.removeEventListener("beforeprint", mark);
      window.removeEventListener("afterprint", unmark);
    };
  }, [listRef]);
}
