import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";

export const intuneIntegrationRule = defineRule({
  id: "intune-integration",
  title: "App not managed through the Intune/EMS integration",
  reference:
    "This feature is not supported if you are running any of the following setups: … Apps managed by Endpoint Management integration with Microsoft InTune/EMS",
  field: "intuneManaged",
  evaluate(input) {
    if (!input.intuneManaged) return settled("pass", "Secure Mail is managed with MDX, not the Intune/EMS integration.");
    return {
      status: "fail",
      detail: "Secure Mail is managed through the Endpoint Management integration with Microsoft Intune/EMS.",
      remediation:
        "Deliver Secure Mail as an MDX-managed app for users who need rich push; Intune/EMS-managed apps get notifications without rich push.",
    };
  },
});
