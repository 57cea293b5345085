import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";
import { AUTHENTICATION_LABELS } from "@/lib/domain/prerequisites/value-labels";

export const authenticationRule = defineRule({
  id: "authentication",
  title: "Authentication is password-based or client certificate",
  reference:
    "This feature is not supported if you are running any of the following setups: … Modern authentication with Microsoft Office 365",
  field: "authentication",
  evaluate(input) {
    const detail = `Authentication is "${AUTHENTICATION_LABELS[input.authentication]}".`;
    if (input.authentication !== "modern_auth_o365") return settled("pass", detail);
    return {
      status: "fail",
      detail,
      remediation:
        "Rich push supports password-based and client-based (certificate) authentication only: move this group to one of them, or accept delivery without rich push.",
    };
  },
});
