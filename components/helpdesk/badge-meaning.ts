import { isRichPathOutcome, type Outcome } from "@/lib/domain/outcomes";
import type { BadgeMode } from "@/lib/helpdesk/views";

/**
 * What the app badge counts, by delivery mode (reference: "The Secure Mail icon shows the total
 * count of unread and new messages in the Exchange Inbox folder only"; without rich push "Secure
 * Mail still provides the count of unread Inbox emails for the sync period").
 */
export const BADGE_MEANING: Record<BadgeMode, string> = {
  rich_push: "unread + new in the Exchange Inbox",
  sync: "unread Inbox count for the sync period",
};

/** Events of the rich path (even its fallbacks) were delivered with rich push; `sync` without. */
export function badgeModeOf(outcome: Outcome): BadgeMode {
  return isRichPathOutcome(outcome) ? "rich_push" : "sync";
}

/** "Badge 7: unread + new in the Exchange Inbox". */
export function badgeText(count: number, mode: BadgeMode): string {
  return `Badge ${count.toLocaleString()}: ${BADGE_MEANING[mode]}`;
}
