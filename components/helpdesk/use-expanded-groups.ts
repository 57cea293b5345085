"use client";

import { useState } from "react";
import type { TimelineRow } from "./group-timeline-rows";

type Group = Extract<TimelineRow, { kind: "group" }>;

/**
 * Which groups of the timeline are open. Kept as the ids of member events, not group keys: a group
 * grows as new events join it on top or an older page continues it, and stays open through both.
 * Not in the URL (the opened notification is): a linked or Back-restored `?event=` inside a
 * group opens that group once, when the event is loaded; the reader may close it again.
 */
export function useExpandedGroups(rows: readonly TimelineRow[], openedEventId: string | null) {
  const [members, setMembers] = useState<ReadonlySet<string>>(() => new Set());
  const [revealed, setRevealed] = useState<string | null>(null);

  // Adjusted while rendering (not in an effect), so the group is open in the very first paint
  // that shows the linked event, and scrolling to it finds its row.
  if (openedEventId !== revealed) {
    const holder = openedEventId ? rows.find((row) => row.kind === "group" && row.events.some((event) => event.id === openedEventId)) : undefined;
    if (openedEventId === null || holder) {
      setRevealed(openedEventId);
      if (openedEventId && !members.has(openedEventId)) setMembers(new Set([...members, openedEventId]));
    }
  }

  const isExpanded = (group: Group) => group.events.some((event) => members.has(event.id));
  const toggle = (group: Group) => {
    const open = isExpanded(group);
    setMembers((current) => {
      const nextMembers = new Set(current);
      if (open) for (const event of group.events) nextMembers.delete(event.id);
      else nextMembers.add(group.events[0]!.id);
      return nextMembers;
    });
  };
  return { isExpanded, toggle };
}
