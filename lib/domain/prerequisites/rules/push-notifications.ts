import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";

export const pushNotificationsRule = defineRule({
  id: "push-notifications",
  title: "Push notifications are ON",
  reference: "In the Endpoint Management console, set Push notifications to ON.",
  field: "pushNotifications",
  evaluate(input) {
    if (input.pushNotifications) return settled("pass", "Push notifications is ON.");
    return {
      status: "fail",
      detail: "Push notifications is OFF.",
      remediation: "In the Endpoint Management console, set Push notifications to ON for this delivery group.",
    };
  },
});
