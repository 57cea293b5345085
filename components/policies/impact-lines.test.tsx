import { describe, expect, it } from "vitest";
import { renderText } from "@/components/testing/render-text";
import { SUPPORTED_INPUT } from "@/lib/domain/prerequisites/testing/fixtures";
import { impactFromCombinations } from "@/lib/policies/impact-from-combinations";
import { normalizeSettings } from "@/lib/policies/normalize-settings";
import { ImpactLines } from "./impact-lines";

const working = normalizeSettings(SUPPORTED_INPUT);
const counts = [{ mask: 4, members: 3 }, { mask: 1, members: 1 }]; // 3 with a good device, 1 with Mail Notifications off

describe("ImpactLines", () => {
  it("says that members who lose rich push get notifications at sync time, with the unread count for the sync period", () => {
    const text = renderText(<ImpactLines impact={impactFromCombinations(counts, working, { ...working, authentication: "modern_auth_o365" })} />);
    expect(text).toContain("Rich push stops working for 3 users: they get notifications at sync time instead.");
    expect(text).toContain("Secure Mail still shows the count of unread Inbox emails for the sync period.");
    expect(text).toContain("only after iOS wakes Secure Mail up to perform a sync");
    expect(text).toContain("After saving, 0 users of 4 members get rich push");
  });

  it("says that with Block nothing reaches the locked screen for them", () => {
    const text = renderText(<ImpactLines impact={impactFromCombinations(counts, working, { ...working, lockScreenNotifications: "block" })} />);
    expect(text).toContain('No notifications appear on the locked screen: Control locked screen notifications is "Block".');
  });

  it("says that members who gain rich push stop depending on background sync", () => {
    const text = renderText(<ImpactLines impact={impactFromCombinations(counts, { ...working, pushNotifications: false }, working)} />);
    expect(text).toContain("Rich push starts working for 3 users: they stop depending on background sync.");
    expect(text).toContain("arrive even when Secure Mail is not running in the background");
    expect(text).not.toContain("stops working");
  });

  it("says when nobody is affected, and when the group is empty", () => {
    expect(renderText(<ImpactLines impact={impactFromCombinations(counts, working, working)} />)).toContain("No user gains or loses rich push.");
    expect(renderText(<ImpactLines impact={impactFromCombinations([], working, working)} />)).toBe("This group has no members yet, so no user is affected.");
  });
});
