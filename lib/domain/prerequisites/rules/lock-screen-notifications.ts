import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";
import { LOCK_SCREEN_LABELS } from "@/lib/domain/prerequisites/value-labels";

export const lockScreenNotificationsRule = defineRule({
  id: "lock-screen-notifications",
  title: "Control locked screen notifications is Allow or Email sender or event title",
  reference: "The Control locked screen notifications policy is set to Allow or Email sender or event title.",
  field: "lockScreenNotifications",
  evaluate(input) {
    const policy = input.lockScreenNotifications;
    const detail = `Control locked screen notifications is "${LOCK_SCREEN_LABELS[policy]}".`;
    if (policy === "allow" || policy === "email_sender_or_event_title") return settled("pass", detail);
    return {
      status: "fail",
      detail,
      remediation:
        'Set the Control locked screen notifications policy to "Allow" (full content) or "Email sender or event title".',
    };
  },
});
