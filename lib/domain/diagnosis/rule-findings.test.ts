import { describe, expect, it } from "vitest";
import { isFieldGuidance } from "@/lib/domain/field-guidance";
import type { RuleId } from "@/lib/domain/prerequisites/types";
import type { GroupSettings } from "@/lib/domain/settings";
import { PRIORITY } from "./ranking";
import { ruleFindings } from "./rule-findings";
import { makeContext, makeDevice, makeEvaluation, makeSettings, UNSUPPORTED_CONSEQUENCES } from "./test-factories";

describe("ruleFindings", () => {
  it("finds nothing when every rule passes", () => {
    expect(ruleFindings(makeContext())).toEqual([]);
  });

  it("says Modern authentication with Office 365 rules out rich push, and what users get instead", () => {
    const [finding] = ruleFindings(
      makeContext({ evaluation: makeEvaluation({ authentication: "fail" }), settings: makeSettings({ authentication: "modern_auth_o365" }) }),
    );
    expect(finding).toMatchObject({
      id: "rule:authentication",
      ruleId: "authentication",
      severity: "critical",
      priority: PRIORITY.richPushUnsupported,
      headline: "Rich push is unsupported: the group uses Modern authentication with Office 365",
      remedy: "Use password-based or client certificate authentication.",
      reference: "Modern authentication with Microsoft Office 365",
    });
    expect(finding?.evidence.facts).toMatchObject({ status: "fail", field: "authentication", value: "modern_auth_o365" });
    for (const consequence of UNSUPPORTED_CONSEQUENCES) expect(finding?.explanation).toContain(consequence);
  });

  it("names the device whose Mail Notifications switch is off, as blocking delivery", () => {
    const [finding] = ruleFindings(
      makeContext({
        evaluation: makeEvaluation({ "mail-notifications": "fail" }),
        devices: [makeDevice({ id: "dev-1" }), makeDevice({ id: "dev-2", model: "iPad Air", mailNotificationsEnabled: false })],
      }),
    );
    expect(finding).toMatchObject({ ruleId: "mail-notifications", priority: PRIORITY.deliveryBlocked });
    expect(finding?.headline).toBe("Mail Notifications is switched off in Secure Mail on iPad Air");
    expect(finding?.evidence.deviceIds).toEqual(["dev-2"]);
    // Nothing reaches the user, so "what you get instead" would be wrong here.
    expect(finding?.explanation).not.toContain(UNSUPPORTED_CONSEQUENCES[0]);
  });

  it("names the device enrolled with derived credentials", () => {
    const [finding] = ruleFindings(
      makeContext({ evaluation: makeEvaluation({ "derived-credentials": "fail" }), devices: [makeDevice({ derivedCredentials: true })] }),
    );
    expect(finding?.headline).toBe("Rich push is unsupported for Ana Lopez: iPhone 15 is enrolled with derived credentials");
  });

  const cases: [RuleId, Partial<GroupSettings>, RegExp, number][] = [
    ["push-notifications", { pushNotifications: false }, /Push notifications are off for Sales/, PRIORITY.deliveryBlocked],
    ["network-access", { networkAccess: "blocked" }, /Network access is blocked for Sales/, PRIORITY.deliveryBlocked],
    ["background-network-services", { backgroundNetworkServices: [] }, /EWS host mail\.corp\.example is missing from Background network services for Sales/, PRIORITY.richPushUnsupported],
    ["lock-screen-notifications", { lockScreenNotifications: "count_only" }, /shows only a count of new messages/, PRIORITY.richPushUnsupported],
    ["lock-screen-notifications", { lockScreenNotifications: "block" }, /blocks notifications on the locked screen/, PRIORITY.richPushUnsupported],
    ["intune-integration", { intuneManaged: true }, /managed through the Intune\/EMS integration/, PRIORITY.richPushUnsupported],
  ];
  it.each(cases)("explains a failing %s rule", (ruleId, settings, headline, priority) => {
    const [finding] = ruleFindings(makeContext({ evaluation: makeEvaluation({ [ruleId]: "fail" }), settings: makeSettings(settings) }));
    expect(finding).toMatchObject({ ruleId, severity: "critical", priority });
    expect(finding?.headline).toMatch(headline);
  });

  it("reports the push registration warning as a warning", () => {
    const [finding] = ruleFindings(makeContext({ evaluation: makeEvaluation({ "push-registration-host": "warn" }) }));
    expect(finding).toMatchObject({ severity: "warning", priority: PRIORITY.configWarning });
    expect(finding?.headline).toBe("The push registration host for EMEA is missing from Background network services for Sales");
    expect(isFieldGuidance(finding!.reference)).toBe(true);
  });

  it("says any other warning plainly, as a warning", () => {
    const [finding] = ruleFindings(makeContext({ evaluation: makeEvaluation({ "background-network-services": "warn" }) }));
    expect(finding).toMatchObject({ severity: "warning", priority: PRIORITY.configWarning });
    expect(finding?.headline).toBe("EWS host in Background network services: mail.corp.example:443 is not in Background network services.");
  });

  it("asks to confirm rules that are still unknown for the user", () => {
    const [finding] = ruleFindings(makeContext({ evaluation: makeEvaluation({ "mail-notifications": "unknown" }) }));
    expect(finding).toMatchObject({ severity: "info", priority: PRIORITY.confirmPerUser });
    expect(finding?.headline).toMatch(/^Not known yet for Ana Lopez/);
  });

  it("still says rich push is unsupported when the verdict has no failing check", () => {
    const evaluation = { ...makeEvaluation(), richPushSupported: false };
    expect(ruleFindings(makeContext({ evaluation }))[0]).toMatchObject({ id: "rule:unsupported", severity: "critical" });
  });
});
