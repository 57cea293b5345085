import type { EvaluationInput } from "@/lib/domain/settings";

/** What users get instead of rich push (reference: "Push notifications behavior without rich push notifications support"). */
export const UNREAD_COUNT_ONLY = "Secure Mail still shows the count of unread Inbox emails for the sync period.";
export const LOCK_SCREEN_AFTER_SYNC =
  "Notifications appear on the locked screen only after iOS wakes Secure Mail up to perform a sync, not when the mail arrives.";
export const LOCK_SCREEN_BLOCKED =
  'No notifications appear on the locked screen: Control locked screen notifications is "Block".';
export const SYNC_MAY_NOT_HAPPEN =
  "iOS may not wake Secure Mail at all while it is in the background: in Low Power Mode (the most common case), with Background App Refresh off for Secure Mail (users control this setting), or on poor network connectivity.";

/**
 * What members who gain rich push stop depending on (reference: "Rich notifications ensure that you
 * receive lock screen notifications for your Inbox even when Secure Mail is not running in the background").
 */
export const RICH_PUSH_ON_ARRIVAL =
  "Lock screen notifications for the Inbox arrive even when Secure Mail is not running in the background, instead of after iOS wakes Secure Mail to perform a sync.";

/**
 * Stated without condition, as the reference does ("Due to the change in architecture to support
 * this feature, the VIP Only mail notifications feature is no longer available.").
 */
export const VIP_ONLY_UNAVAILABLE = "The VIP Only mail notifications feature is no longer available.";

export function consequencesFor(richPushSupported: boolean, input: EvaluationInput): string[] {
  if (richPushSupported) return [VIP_ONLY_UNAVAILABLE];
  const lockScreen = input.lockScreenNotifications === "block" ? LOCK_SCREEN_BLOCKED : LOCK_SCREEN_AFTER_SYNC;
  return [UNREAD_COUNT_ONLY, lockScreen, SYNC_MAY_NOT_HAPPEN];
}
