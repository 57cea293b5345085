import { describe, expect, it } from "vitest";
import { diagnoseUser } from "@/lib/domain/diagnosis/diagnose-user";
import { makeDevice, makeEvaluation, makeEvents, makeSettings, makeUser, NOW } from "@/lib/domain/diagnosis/test-factories";
import { isFieldGuidance } from "@/lib/domain/field-guidance";
import { userSummaryText } from "./summary-text";
import type { UserDiagnosis, UserOverview } from "./views";

const at = (iso: string) => `at ${iso}`;
const device = makeDevice({ id: "dev-1", model: "iPhone 15" });

function overviewWith(evaluation: UserOverview["evaluation"], settings = makeSettings()): UserOverview {
  return {
    user: { id: "00000000-0000-4000-8000-000000000001", upn: "olivia@corp.example", displayName: "Olivia Jones", email: "olivia.jones@corp.example", createdAt: NOW, updatedAt: NOW },
    group: { id: "00000000-0000-4000-8000-000000000002", name: "Sales", description: "", settings, settingsVersion: 3, settingsUpdatedAt: NOW },
    evaluation,
    devices: [{ ...device, observedAt: NOW, richPushSupported: true, failingRules: [], warnings: [] }] as unknown as UserOverview["devices"],
    lockScreen: null,
  };
}

function diagnosisOf(findings: UserDiagnosis["findings"]): UserDiagnosis {
  return { generatedAt: NOW, findings } as UserDiagnosis;
}

describe("the copied summary", () => {
  const tlsFailures = makeEvents(3, 5, 10, { deviceId: "dev-1", outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect" });
  const findings = diagnoseUser({ now: NOW, user: makeUser(), settings: makeSettings(), devices: [device], events: tlsFailures, timeZone: "UTC" });
  const text = userSummaryText(overviewWith(makeEvaluation()), diagnosisOf(findings), at);
  const lead = findings[0]!;

  it("names the user, the group and the verdict", () => {
    expect(text).toMatch(/^User: Olivia Jones <olivia\.jones@corp\.example> \(UPN olivia@corp\.example\)\n/);
    expect(text).toContain("\nDelivery group: Sales\n");
    expect(text).toContain("\nRich push: supported\n");
  });

  it("leads with the diagnosis' lead finding, its remedy and its evidence, with device names", () => {
    expect(text).toContain(`\nLead finding: ${lead.headline}\n`);
    expect(text).toContain(`\nRemedy: ${lead.remedy}\n`);
    expect(text).toContain("Devices: iPhone 15");
    expect(text).toContain(`Seen ${at(lead.evidence.firstSeen!)}`);
    expect(text.endsWith(`Diagnosis as of ${at(NOW)}`)).toBe(true);
  });

  it("quotes the reference, or says when the basis is field guidance", () => {
    if (isFieldGuidance(lead.reference)) expect(text).toContain("Basis: field guidance, not the vendor reference:");
    else expect(text).toContain(`Reference: “${lead.reference}”`);
  });

  it("lists the failing rules when rich push is not supported", () => {
    const failing = makeEvaluation({ authentication: "fail" });
    const unsupported = userSummaryText(overviewWith(failing), diagnosisOf(findings), at);
    const title = failing.checks.find((check) => check.id === "authentication")!.title;
    expect(unsupported).toContain("\nRich push: not supported\n");
    expect(unsupported).toContain(`\n  Failing rule: ${title}\n`);
  });

  it("says when no policy applies", () => {
    const none = { ...overviewWith(null), group: null };
    expect(userSummaryText(none, diagnosisOf(findings), at)).toContain("Rich push: no delivery group applies to this user");
  });
});
