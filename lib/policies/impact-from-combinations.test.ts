import { describe, expect, it } from "vitest";
import {
  LOCK_SCREEN_AFTER_SYNC,
  LOCK_SCREEN_BLOCKED,
  RICH_PUSH_ON_ARRIVAL,
  SYNC_MAY_NOT_HAPPEN,
  UNREAD_COUNT_ONLY,
  VIP_ONLY_UNAVAILABLE,
} from "@/lib/domain/prerequisites/consequences";
import { SUPPORTED_INPUT } from "@/lib/domain/prerequisites/testing/fixtures";
import { normalizeSettings } from "./normalize-settings";
import { impactFromCombinations } from "./impact-from-combinations";

const working = normalizeSettings(SUPPORTED_INPUT);
const broken = { ...working, lockScreenNotifications: "count_only" as const };

// Bits: 1 = mail off/not derived, 2 = mail off/derived, 4 = mail on/not derived, 8 = mail on/derived.
const GOOD_DEVICE = 4;
const MAIL_OFF = 1;
const DERIVED = 8;

describe("impactFromCombinations", () => {
  it("counts members who would lose rich push, judging each by their best device", () => {
    const counts = [
      { mask: GOOD_DEVICE, members: 5 },
      { mask: MAIL_OFF, members: 2 },
      { mask: MAIL_OFF | GOOD_DEVICE, members: 3 },
      { mask: DERIVED, members: 4 },
      { mask: 0, members: 1 }, // no devices: group level, where per-user checks are "unknown" and do not block
    ];
    expect(impactFromCombinations(counts, working, broken)).toEqual({
      members: 15,
      supportedNow: 9,
      supportedAfter: 0,
      stopWorking: 9,
      startWorking: 0,
      whenLost: [UNREAD_COUNT_ONLY, LOCK_SCREEN_AFTER_SYNC, SYNC_MAY_NOT_HAPPEN],
      whenGained: [],
    });
  });

  it("counts members who would gain it, and nobody when nothing relevant changes", () => {
    const counts = [{ mask: GOOD_DEVICE, members: 7 }, { mask: MAIL_OFF, members: 2 }];
    expect(impactFromCombinations(counts, broken, working)).toMatchObject({
      startWorking: 7,
      stopWorking: 0,
      whenLost: [],
      whenGained: [RICH_PUSH_ON_ARRIVAL, VIP_ONLY_UNAVAILABLE],
    });
    expect(impactFromCombinations(counts, working, { ...working, acceptAllSslCertificates: true })).toMatchObject({
      startWorking: 0,
      stopWorking: 0,
      supportedNow: 7,
      whenLost: [],
      whenGained: [],
    });
  });

  it("says that members who lose rich push to Block see nothing on the locked screen, only the badge count", () => {
    const counts = [{ mask: GOOD_DEVICE, members: 2 }];
    expect(impactFromCombinations(counts, working, { ...working, lockScreenNotifications: "block" }).whenLost).toEqual([
      UNREAD_COUNT_ONLY,
      LOCK_SCREEN_BLOCKED,
      SYNC_MAY_NOT_HAPPEN,
    ]);
  });
});
