import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";

const WHERE = "Secure Mail > Settings > Notifications";

export const mailNotificationsRule = defineRule({
  id: "mail-notifications",
  title: "Mail Notifications is enabled in Secure Mail",
  reference: "Navigate to Secure Mail > Settings > Notifications and then enable Mail Notifications.",
  field: "mailNotificationsEnabled",
  evaluate(input) {
    if (input.mailNotificationsEnabled === undefined) {
      return {
        status: "unknown",
        detail: "Set by each user on the device: confirm per user.",
        remediation: `Check that the user's device reports Mail Notifications on; if not, ask them to enable it in ${WHERE}.`,
      };
    }
    if (input.mailNotificationsEnabled) return settled("pass", "Mail Notifications is ON on the device.");
    return {
      status: "fail",
      detail: "Mail Notifications is OFF on the device.",
      remediation: `Ask the user to open ${WHERE} and enable Mail Notifications.`,
    };
  },
});
