import type { DeviceFacts } from "@/lib/domain/settings";

/**
 * The two device facts the rules read take four combinations. A member's devices are summed up as a
 * bit mask of the combinations present (bit `2·mail + derived`); mask 0 means no devices.
 */
export const FACT_COMBINATIONS: readonly Required<DeviceFacts>[] = [
  { mailNotificationsEnabled: false, derivedCredentials: false },
  { mailNotificationsEnabled: false, derivedCredentials: true },
  { mailNotificationsEnabled: true, derivedCredentials: false },
  { mailNotificationsEnabled: true, derivedCredentials: true },
];

/** How many members share one mask. */
export type MaskCount = { mask: number; members: number };

