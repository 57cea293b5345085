import type { LockScreenSample } from "@/lib/domain/diagnosis";

/** The made-up mail drawn on the lock-screen mock: plausible, and clearly not anyone's real mail. */
export const LOCK_SCREEN_SAMPLE: LockScreenSample = {
  sender: "Jordan Blake",
  subject: "Quarterly figures for review",
  preview: "Hi, the updated figures are attached. Could you take a look before Thursday?",
  count: 3,
};
