"use client";

import { useSyncExternalStore } from "react";
import { viewerTimeZone } from "@/lib/format/time";

const subscribe = () => () => {};

/** The zone every time on screen is written in: the browser's, shown once in the shell. */
export function TimeZoneNote() {
  // The server does not know the browser's zone; render nothing there and the zone after hydration.
  const zone = useSyncExternalStore(subscribe, viewerTimeZone, () => null);
  return (
    <div className="px-1 text-xs text-slate-600 dark:text-slate-400" data-testid="time-zone">
      {zone ? <>Times in {zone.replaceAll("_", " ")}</> : "\u00a0"}
    </div>
  );
}
