import type { GroupSettings, LockScreenPolicy } from "@/lib/domain/settings";
import type { LockScreenPreview, LockScreenSample } from "./types";

const POLICY_LABELS: Record<LockScreenPolicy, string> = {
  allow: "Allow",
  email_sender_or_event_title: "Email sender or event title",
  count_only: "Count only",
  block: "Block",
};

const PREREQUISITE_REFERENCE =
  "The Control locked screen notifications policy is set to Allow or Email sender or event title.";
const WITHOUT_RICH_PUSH_REFERENCE =
  "If the Control locked screen notifications policy is On, push notifications appear on a locked device screen after iOS wakes up Secure Mail to perform a sync.";

const APP_NAME = "Secure Mail";

function countText(count: number | undefined): string {
  const n = typeof count === "number" && Number.isFinite(count) && count >= 1 ? Math.floor(count) : 1;
  return n === 1 ? "1 new message" : `${n} new messages`;
}

type Content = Pick<LockScreenPreview, "content" | "sender" | "subject" | "preview" | "countText">;

function contentFor(policy: LockScreenPolicy, sample: LockScreenSample): Content {
  switch (policy) {
    case "allow":
      return { content: "full", sender: sample.sender, subject: sample.subject, preview: sample.preview, countText: null };
    case "email_sender_or_event_title":
      return { content: "sender", sender: sample.sender, subject: null, preview: null, countText: null };
    case "count_only":
      return { content: "count", sender: null, subject: null, preview: null, countText: countText(sample.count) };
    case "block":
      return { content: "nothing", sender: null, subject: null, preview: null, countText: null };
  }
}

/**
 * What the locked screen shows for a sample mail under the group's Control locked screen
 * notifications policy. A plain object: the UI draws it, nothing here renders.
 */
export function lockScreenPreview(
  settings: Pick<GroupSettings, "lockScreenNotifications">,
  sample: LockScreenSample,
  richPushSupported: boolean,
): LockScreenPreview {
  const policy = settings.lockScreenNotifications;
  const content = contentFor(policy, sample);
  const meetsRichPushPrerequisite = policy === "allow" || policy === "email_sender_or_event_title";
  // A policy that fails the prerequisite rules out rich push whatever the caller was told.
  const richPush = richPushSupported && meetsRichPushPrerequisite;
  const notes: string[] = [];

  if (policy === "email_sender_or_event_title") {
    notes.push("For a meeting request the event title is shown instead of the sender.");
  }
  if (!meetsRichPushPrerequisite) {
    notes.push(`"${POLICY_LABELS[policy]}" does not meet the rich push prerequisite (Allow or Email sender or event title).`);
  }
  if (policy === "block") {
    notes.push("Nothing appears on the locked screen; the app badge still shows the unread count.");
  } else if (!richPush) {
    notes.push(
      "Without rich push this appears only after iOS wakes Secure Mail to sync, which may not happen in Low Power Mode, with Background App Refresh off, or on a poor network.",
    );
  }

  return {
    policy,
    policyLabel: POLICY_LABELS[policy],
    ...content,
    appName: APP_NAME,
    timing: policy === "block" ? "never" : richPush ? "on_arrival" : "after_sync",
    meetsRichPushPrerequisite,
    notes,
    reference: richPush ? PREREQUISITE_REFERENCE : WITHOUT_RICH_PUSH_REFERENCE,
  };
}
