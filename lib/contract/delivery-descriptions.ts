/**
 * How the API documents the two delivery modes (DESIGN.md §2.3), in one place, so the ingestion
 * request and the helpdesk responses describe the same field in the same words.
 */
export const DELIVERY_DESCRIPTIONS = {
  outcome:
    "With rich push: rich (the mail shown), generic (“You have new mail”) or failure (a failure message). " +
    "Without rich push: sync, a notification posted after iOS woke Secure Mail for a background sync; it has no cause, failed step or steps",
  cause: "Absent (null) for rich and sync; a generic cause for generic; a failure code for failure",
  badgeCount:
    "The app badge: with rich push, unread + new in the Exchange Inbox only; without rich push, the unread Inbox count for the sync period",
  delayMs: "Sync events only: milliseconds from the mail's arrival to the notification being shown",
  activity: "The Inbox activity the notification was for (new mail, meeting request, cancellation or update); older app versions do not report it",
} as const;
