import { defineRule, settled } from "@/lib/domain/prerequisites/define-rule";

export const derivedCredentialsRule = defineRule({
  id: "derived-credentials",
  title: "Device not enrolled with derived credentials",
  reference:
    "This feature is not supported if you are running any of the following setups: … Devices enrolled by using derived credentials",
  field: "derivedCredentials",
  evaluate(input) {
    if (input.derivedCredentials === undefined) {
      return {
        status: "unknown",
        detail: "Depends on how each device was enrolled: confirm per user.",
        remediation: "Check the user's device enrolment; devices enrolled with derived credentials cannot use rich push.",
      };
    }
    if (!input.derivedCredentials) return settled("pass", "The device was not enrolled with derived credentials.");
    return {
      status: "fail",
      detail: "The device was enrolled by using derived credentials.",
      remediation:
        "Re-enrol the device without derived credentials (for example with the user's password or a client certificate) if the user needs rich push.",
    };
  },
});
