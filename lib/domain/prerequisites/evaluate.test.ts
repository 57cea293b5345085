import { describe, expect, it } from "vitest";
import {
  LOCK_SCREEN_AFTER_SYNC,
  LOCK_SCREEN_BLOCKED,
  SYNC_MAY_NOT_HAPPEN,
  UNREAD_COUNT_ONLY,
  VIP_ONLY_UNAVAILABLE,
} from "@/lib/domain/prerequisites/consequences";
import { evaluate, summarize } from "@/lib/domain/prerequisites/evaluate";
import { ORDERED_RULES, RULES } from "@/lib/domain/prerequisites/registry";
import { deviceFactsSchema } from "@/lib/domain/settings";
import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import { SUPPORTED_INPUT, inputWith } from "@/lib/domain/prerequisites/testing/fixtures";
import { RULE_IDS, type Evaluation, type RuleId } from "@/lib/domain/prerequisites/types";

const statusOf = (evaluation: Evaluation, id: RuleId) => evaluation.checks.find((check) => check.id === id)?.status;

describe("evaluate", () => {
  it("supports a tunnelled group that meets every prerequisite, leaving device facts to confirm per user", () => {
    const evaluation = evaluate(SUPPORTED_INPUT);
    expect(evaluation.richPushSupported).toBe(true);
    // Counts from the registry: the rules that read a device fact wait for one; every other rule passes.
    const deviceFactRules = ORDERED_RULES.filter((rule) => rule.field !== undefined && rule.field in deviceFactsSchema.shape).length;
    expect(deviceFactRules).toBeGreaterThan(0);
    expect(summarize(evaluation)).toEqual({ pass: RULE_IDS.length - deviceFactRules, fail: 0, warn: 0, not_applicable: 0, unknown: deviceFactRules });
    expect(evaluation.consequences).toEqual([VIP_ONLY_UNAVAILABLE]);
  });

  it("supports a single user whose device facts pass", () => {
    const evaluation = evaluate(inputWith({ mailNotificationsEnabled: true, derivedCredentials: false }));
    expect(evaluation.richPushSupported).toBe(true);
    expect(summarize(evaluation).pass).toBe(RULE_IDS.length);
  });

  it("returns one check per rule, in RULE_IDS order, carrying the rule's title, reference and field", () => {
    const evaluation = evaluate(SUPPORTED_INPUT);
    expect(evaluation.checks.map((check) => check.id)).toEqual([...RULE_IDS]);
    for (const check of evaluation.checks) {
      const rule = RULES[check.id];
      expect(check).toMatchObject({ title: rule.title, reference: rule.reference, field: rule.field });
    }
  });

  it("is not supported when Push notifications is OFF, and says what users get instead", () => {
    const evaluation = evaluate(inputWith({ pushNotifications: false }));
    expect(evaluation.richPushSupported).toBe(false);
    expect(statusOf(evaluation, "push-notifications")).toBe("fail");
    expect(evaluation.consequences).toEqual([UNREAD_COUNT_ONLY, LOCK_SCREEN_AFTER_SYNC, SYNC_MAY_NOT_HAPPEN]);
  });

  it("names Low Power Mode, Background App Refresh and poor networks among the reasons iOS may not sync", () => {
    const [, , reasons] = evaluate(inputWith({ authentication: "modern_auth_o365" })).consequences;
    expect(reasons).toMatch(/Low Power Mode.*Background App Refresh.*poor network/);
  });

  it("says nothing reaches the locked screen when the lock-screen policy blocks it", () => {
    const evaluation = evaluate(inputWith({ lockScreenNotifications: "block" }));
    expect(evaluation.richPushSupported).toBe(false);
    expect(evaluation.consequences).toContain(LOCK_SCREEN_BLOCKED);
    expect(evaluation.consequences).not.toContain(LOCK_SCREEN_AFTER_SYNC);
  });

  it("with blocked network access fails network-access and skips the tunnel checks", () => {
    const evaluation = evaluate(inputWith({ networkAccess: "blocked", backgroundNetworkServices: [] }));
    expect(statusOf(evaluation, "network-access")).toBe("fail");
    expect(statusOf(evaluation, "background-network-services")).toBe("not_applicable");
    expect(statusOf(evaluation, "push-registration-host")).toBe("not_applicable");
  });

  it("fails when the EWS host is missing from Background network services under tunnel", () => {
    const evaluation = evaluate(inputWith({ backgroundNetworkServices: [PUSH_REGISTRATION_HOSTS.americas] }));
    expect(evaluation.richPushSupported).toBe(false);
    expect(evaluation.checks.find((check) => check.id === "background-network-services")?.detail).toContain(
      '"mail.corp.example:443" is not in Background network services',
    );
  });

  it("stays supported with only a warning when the push registration host is missing", () => {
    const evaluation = evaluate(inputWith({ backgroundNetworkServices: ["mail.corp.example:443"] }));
    expect(statusOf(evaluation, "push-registration-host")).toBe("warn");
    expect(evaluation.richPushSupported).toBe(true);
  });

  it("fails a user whose device has Mail Notifications off or derived credentials", () => {
    expect(evaluate(inputWith({ mailNotificationsEnabled: false })).richPushSupported).toBe(false);
    expect(evaluate(inputWith({ derivedCredentials: true })).richPushSupported).toBe(false);
  });

  it("does not depend on state left by earlier evaluations", () => {
    const first = evaluate(inputWith({ pushNotifications: false }));
    evaluate(SUPPORTED_INPUT);
    expect(evaluate(inputWith({ pushNotifications: false }))).toEqual(first);
  });

  it("returns fresh consequence arrays, so a caller cannot corrupt later results", () => {
    evaluate(SUPPORTED_INPUT).consequences.push("changed");
    expect(evaluate(SUPPORTED_INPUT).consequences).toEqual([VIP_ONLY_UNAVAILABLE]);
  });
});
