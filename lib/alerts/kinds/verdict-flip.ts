import type { VerdictFlipEvidence } from "../contract";
import type { AlertKind } from "./define-kind";

/**
 * A verdict flip alert fires when a policy write (save, import or revert) takes rich push away
 * from a group, and resolves when a later write gives it back: the state then says whether the
 * group is still broken. A write that gives rich push back without an open alert opens nothing.
 */
export const verdictFlipKind: AlertKind<"verdict_flip"> = {
  kind: "verdict_flip",
  label: "Verdict flip",
  describe: () => "the group's rich push verdict turns to not supported on save, import or revert",
  summarize: (evidence, groupName, state) => {
    const e = evidence as VerdictFlipEvidence;
    const where = groupName ?? "a group";
    const by = e.actorEmail ? ` by ${e.actorEmail}` : "";
    return state === "firing"
      ? `Rich push no longer supported in ${where} after ${e.action} v${e.toVersion}${by} (failing: ${e.failingRules.join(", ") || "none"})`
      : `Rich push supported again in ${where} after ${e.action} v${e.toVersion}${by}`;
  },
};
