"use client";

import { useRef } from "react";

/**
 * Our dialogs are opened from state, not from a Radix Trigger, so Radix has no element to give
 * focus back to and it falls to the page body. Spread these handlers on the dialog's Content: they
 * remember what had focus when it opened and return focus there on close (unless that element has
 * since left the page, where Radix's default applies).
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    onOpenAutoFocus: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    onCloseAutoFocus: (event: Event) => {
      const target = opener.current;
      opener.current = null;
      if (target?.isConnected) {
        event.preventDefault();
        target.focus();
      }
    },
  };
}
