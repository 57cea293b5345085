import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LOCK_SCREEN } from "@/lib/domain/settings";
import { lockScreenPreview } from "./lock-screen-preview";

const sample = { sender: "Maria Chen", subject: "Q3 forecast", preview: "Numbers attached, please review by Friday" };

describe("lockScreenPreview", () => {
  it("shows sender, subject and preview under Allow, on arrival with rich push", () => {
    expect(lockScreenPreview({ lockScreenNotifications: "allow" }, sample, true)).toMatchObject({
      policyLabel: "Allow",
      content: "full",
      sender: "Maria Chen",
      subject: "Q3 forecast",
      preview: "Numbers attached, please review by Friday",
      countText: null,
      timing: "on_arrival",
      meetsRichPushPrerequisite: true,
      notes: [],
    });
  });

  it("shows the sender only under Email sender or event title", () => {
    const preview = lockScreenPreview({ lockScreenNotifications: "email_sender_or_event_title" }, sample, true);
    expect(preview).toMatchObject({ content: "sender", sender: "Maria Chen", subject: null, preview: null });
    expect(preview.notes.join(" ")).toMatch(/event title/);
  });

  it("shows only a count under Count only, and rules out rich push", () => {
    const preview = lockScreenPreview({ lockScreenNotifications: "count_only" }, { ...sample, count: 3 }, true);
    expect(preview).toMatchObject({ content: "count", countText: "3 new messages", sender: null, subject: null, preview: null });
    expect(preview.meetsRichPushPrerequisite).toBe(false);
    expect(preview.timing).toBe("after_sync");
    expect(lockScreenPreview({ lockScreenNotifications: "count_only" }, sample, false).countText).toBe("1 new message");
  });

  it("shows nothing under Block", () => {
    const preview = lockScreenPreview({ lockScreenNotifications: "block" }, sample, false);
    expect(preview).toMatchObject({ content: "nothing", sender: null, subject: null, preview: null, countText: null, timing: "never" });
    expect(preview.notes.join(" ")).toMatch(/Nothing appears on the locked screen/);
  });

  it("notes that without rich push the notification appears only after iOS wakes the app to sync", () => {
    const preview = lockScreenPreview({ lockScreenNotifications: "allow" }, sample, false);
    expect(preview.timing).toBe("after_sync");
    expect(preview.notes.join(" ")).toMatch(/only after iOS wakes Secure Mail to sync/);
    expect(preview.reference).toMatch(/after iOS wakes up Secure Mail to perform a sync/);
  });

  it("never shows more than the policy allows", () => {
    fc.assert(
      fc.property(fc.constantFrom(...LOCK_SCREEN), fc.string(), fc.string(), fc.string(), fc.boolean(), (policy, sender, subject, text, rich) => {
        const preview = lockScreenPreview({ lockScreenNotifications: policy }, { sender, subject, preview: text }, rich);
        if (policy !== "allow") expect([preview.subject, preview.preview]).toEqual([null, null]);
        if (policy === "count_only" || policy === "block") expect(preview.sender).toBeNull();
        if (policy === "block") expect(preview.countText).toBeNull();
      }),
    );
  });
});
