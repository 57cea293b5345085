import type { LockScreenPreview } from "@/lib/domain/diagnosis";

/**
 * What the locked screen shows of a mail under each Control locked screen notifications value
 * (DESIGN.md §2.1: "full content, only sender/event title, only a count, or nothing"). The policy →
 * content mapping is lockScreenPreview's; this only puts its answer into words.
 */
const CONTENT_TEXT: Record<LockScreenPreview["content"], string> = {
  full: "the sender, the subject and the start of the mail",
  sender: "only the sender (for a meeting request, the event title)",
  count: "only a count of new messages",
  nothing: "nothing; only the app badge shows the unread count",
};

/** "On the locked screen (Count only): only a count of new messages." under the group's current policy. */
export function lockScreenLine(preview: Pick<LockScreenPreview, "content" | "policyLabel">): string {
  return `On the locked screen (Control locked screen notifications: ${preview.policyLabel}, the group's current policy): ${CONTENT_TEXT[preview.content]}.`;
}
