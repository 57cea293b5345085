import { describe, expect, it } from "vitest";
import { LOCK_SCREEN_BLOCKED } from "@/lib/domain/prerequisites/consequences";
import type { RuleId } from "@/lib/domain/prerequisites/types";
import type { GroupSettings } from "@/lib/domain/settings";
import { isFieldGuidance } from "@/lib/domain/field-guidance";
import { PRIORITY } from "./ranking";
import { ruleFindings } from "./rule-findings";
import { COUNT_LATE_OR_MISSING, SYNC_LATE_OR_MISSING } from "./sync-story";
import { makeContext, makeDevice, makeEvaluation, makeEvents, makeSettings, UNSUPPORTED_CONSEQUENCES } from "./test-factories";

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
    expect(finding?.explanation).toContain(SYNC_LATE_OR_MISSING);
  });

  it("says the sync statistics and the devices' Low Power Mode in the rule that rules rich push out", () => {
    const events = [
      ...makeEvents(3, 20, 60, { outcome: "sync", delayMs: 14 * 60_000 }),
      ...makeEvents(1, 30 * 60, 1, { outcome: "sync", delayMs: 60 * 60_000 }),
    ];
    const [finding] = ruleFindings(
      makeContext({ evaluation: makeEvaluation({ "intune-integration": "fail" }), devices: [makeDevice({ lowPowerMode: true })], events }),
    );
    expect(finding?.explanation).toMatch(/Now: iPhone 15 is in Low Power Mode\./);
    expect(finding?.explanation).toMatch(/In the last 24 hours 3 notifications arrived after a background sync, typically 14 min after the mail arrived; the last at 11:40\./);
    expect(finding?.evidence).toMatchObject({ counts: { sync24h: 3, typicalSyncDelayMinutes: 14, devicesInLowPowerMode: 1 }, deviceIds: ["dev-1"] });
  });

  it("says no sync notification arrived when none did, and the locked screen stays empty under Block", () => {
    const [finding] = ruleFindings(
      makeContext({ evaluation: makeEvaluation({ "lock-screen-notifications": "fail" }), settings: makeSettings({ lockScreenNotifications: "block" }) }),
    );
    expect(finding?.explanation).toContain(LOCK_SCREEN_BLOCKED);
    expect(finding?.explanation).toContain(COUNT_LATE_OR_MISSING);
    expect(finding?.explanation).not.toContain(SYNC_LATE_OR_MISSING);
    expect(finding?.explanation).toMatch(/No notification after a background sync was reported in the last 24 hours\./);
  });

  it("lets the first failing rule in RULE_IDS order lead and tell what users get instead; the others follow", () => {
    const findings = ruleFindings(
      makeContext({ evaluation: makeEvaluation({ "intune-integration": "fail", "background-network-services": "fail", authentication: "fail" }) }),
    );
    expect(findings.map((finding) => [finding.id, finding.priority])).toEqual([
      ["rule:background-network-services", PRIORITY.richPushUnsupported],
      ["rule:authentication", PRIORITY.richPushAlsoUnsupported],
      ["rule:intune-integration", PRIORITY.richPushAlsoUnsupported],
    ]);
    expect(findings[0]?.explanation).toContain(UNSUPPORTED_CONSEQUENCES[0]);
    expect(findings[1]?.explanation).not.toContain(UNSUPPORTED_CONSEQUENCES[0]);
  });

  it("does not say what users get instead while push is off: nothing reaches them", () => {
    const findings = ruleFindings(makeContext({ evaluation: makeEvaluation({ "push-notifications": "fail", authentication: "fail" }) }));
    expect(findings.map((finding) => finding.id)).toEqual(["rule:push-notifications", "rule:authentication"]);
    for (const finding of findings) expect(finding.explanation).not.toContain(UNSUPPORTED_CONSEQUENCES[0]);
    expect(findings[0]?.fieldGuidance?.[0]).toMatch(/must be ON for any push/);
  });

  it("leaves Mail Notifications and derived credentials to the device findings once devices reported", () => {
    const devices = [makeDevice({ mailNotificationsEnabled: false, derivedCredentials: true })];
    expect(ruleFindings(makeContext({ devices, evaluation: makeEvaluation({ "mail-notifications": "fail", "derived-credentials": "fail" }) }))).toEqual([]);
  });

  const cases: [RuleId, Partial<GroupSettings>, RegExp, number][] = [
    ["push-notifications", { pushNotifications: false }, /Push notifications are off for Sales/, PRIORITY.pushOff],
    ["network-access", { networkAccess: "blocked" }, /Network access is blocked for Sales/, PRIORITY.networkBlocked],
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

  it("reports the push registration warning as field guidance, below all clear", () => {
    const [finding] = ruleFindings(makeContext({ evaluation: makeEvaluation({ "push-registration-host": "warn" }) }));
    expect(finding).toMatchObject({ id: "rule:push-registration-host", severity: "warning", priority: PRIORITY.configWarning, remedy: "" });
    expect(PRIORITY.configWarning).toBeLessThan(PRIORITY.allClear);
    expect(finding?.headline).toMatch(/push registration host for EMEA is missing/);
    expect(isFieldGuidance(finding!.reference)).toBe(true);
    expect(finding?.fieldGuidance).toContain("Add eu-west-1.pushreg.xm.citrix.com:443 to Background network services.");
  });

  it("says any other warning plainly, as a warning", () => {
    const [finding] = ruleFindings(makeContext({ evaluation: makeEvaluation({ "background-network-services": "warn" }) }));
    expect(finding).toMatchObject({ severity: "warning", priority: PRIORITY.configWarning });
    expect(finding?.headline).toBe("EWS host in Background network services: mail.corp.example:443 is not in Background network services.");
  });

  it("asks to confirm rules that are still unknown for the user", () => {
    const [finding] = ruleFindings(makeContext({ devices: [], evaluation: makeEvaluation({ "mail-notifications": "unknown" }) }));
    expect(finding).toMatchObject({ id: "rule:mail-notifications", severity: "info", priority: PRIORITY.confirmPerUser });
    expect(finding?.headline).toMatch(/^Not known yet for Ana Lopez/);
  });
});
