import { PRIORITY, type Finding } from "@/lib/domain/diagnosis";

const REFERENCE = "To enable the rich push notifications feature, ensure that the following prerequisites are met:";

/** The helpdesk's own finding, outside the diagnosis' FindingIds: no policy applies, so nothing can be diagnosed. */
export type NoPolicyFinding = Finding<"policy:no-group" | "policy:no-settings">;

/** What the diagnosis API lists: the diagnosis' findings, or the one that says no policy applies. */
export type HelpdeskFinding = Finding | NoPolicyFinding;

/** Without a group (or its settings) no policy applies, and no rule can be checked: that is the finding. */
export function noPolicyFinding(user: { displayName: string }, groupName: string | null): NoPolicyFinding {
  const headline = groupName
    ? `No rich push settings are saved for ${groupName}, the delivery group of ${user.displayName}`
    : `${user.displayName} is in no delivery group, so no rich push policy applies`;
  return {
    id: groupName ? "policy:no-settings" : "policy:no-group",
    family: "rule",
    severity: "critical",
    // Nothing can be said about rich push until a policy applies; it is the only finding then.
    priority: PRIORITY.pushOff,
    headline,
    explanation:
      "The prerequisites for rich push (push notifications, network access, lock screen policy, authentication) are set per delivery group; without them nothing can be checked.",
    remedy: groupName
      ? `Open ${groupName} on the Policies page and save its settings.`
      : "Assign the user to a delivery group in the directory feed, then check the group's settings on the Policies page.",
    evidence: { counts: {}, firstSeen: null, lastSeen: null, deviceIds: [], facts: { group: groupName } },
    reference: REFERENCE,
  };
}
