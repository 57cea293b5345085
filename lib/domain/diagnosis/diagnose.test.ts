import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CAUSE_CODES, OUTCOMES, STEPS } from "@/lib/domain/outcomes";
import { CHECK_STATUSES, RULE_IDS, type RuleId } from "@/lib/domain/prerequisites/types";
import { LOCK_SCREEN, type GroupSettings } from "@/lib/domain/settings";
import { isQuotedFromReference } from "@/lib/domain/testing/reference-text";
import { diagnose } from "./diagnose";
import { isFieldGuidance } from "@/lib/domain/field-guidance";
import { PRIORITY } from "./ranking";
import {
  hoursAgo,
  makeDevice,
  makeEvaluation,
  makeEvent,
  makeEvents,
  makeInput,
  makeSettings,
  minutesAgo,
  NOW,
  todayAt,
} from "./test-factories";

afterEach(() => vi.restoreAllMocks());

/** The exact ids of finding-id.ts. */
const FINDING_ID = /^(rule:[a-z-]+|device:(ios_notifications_not_allowed|mail_notifications_off|derived_credentials|low_power_mode|background_app_refresh_off|none)|group-burst:[a-z0-9_]+|events:[a-z0-9_]+|all-clear)$/;

describe("diagnose: the most likely explanation comes first", () => {
  it("a group-wide burst of Exchange certificate failures", () => {
    const events = [...makeEvents(8, 60 * 30, 120), ...makeEvents(4, 3, 40, { outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect" })];
    const groupCauseStats = {
      groupTotal: 140,
      causes: [{ cause: "exchange_tls_failed" as const, count: 140, affectedUsers: 41, firstSeen: todayAt("09:12"), lastSeen: minutesAgo(3) }],
    };
    const [top, ...rest] = diagnose(makeInput({ events, groupCauseStats }));
    expect(top).toMatchObject({ cause: "exchange_tls_failed", severity: "critical", family: "group-burst" });
    expect(top?.headline).toBe("Since 09:12 every notification for users in Sales fails with exchange_tls_failed");
    expect(top?.remedy).toMatch(/certificate/);
    expect(top?.remedy).toMatch(/Accept all SSL certificates .* off now/);
    expect(top?.reference).toMatch(/Accept all SSL certificates MDX policy/);
    // The user's own failures are part of the burst, not a second finding.
    expect(rest.some((finding) => finding.cause === "exchange_tls_failed")).toBe(false);

    const withPolicyOn = diagnose(makeInput({ events, groupCauseStats, settings: makeSettings({ acceptAllSslCertificates: true }) }))[0];
    expect(withPolicyOn?.remedy).toMatch(/Accept all SSL certificates is already on/);
  });

  it("Mail Notifications switched off", () => {
    const input = makeInput({
      evaluation: makeEvaluation({ "mail-notifications": "fail" }),
      devices: [makeDevice({ mailNotificationsEnabled: false })],
    });
    const [top] = diagnose(input);
    expect(top).toMatchObject({ id: "device:mail_notifications_off", ruleId: "mail-notifications", severity: "critical" });
    expect(top?.remedy).toMatch(/Settings > Notifications/);
  });

  it("a device enrolled with derived credentials", () => {
    const input = makeInput({
      evaluation: makeEvaluation({ "derived-credentials": "fail" }),
      devices: [makeDevice({ derivedCredentials: true })],
      events: makeEvents(3, 30, 60),
    });
    const findings = diagnose(input);
    expect(findings[0]).toMatchObject({ id: "device:derived_credentials", ruleId: "derived-credentials", severity: "critical" });
    expect(findings[0]?.headline).toMatch(/^Rich push is unsupported for Ana Lopez/);
    expect(findings.filter((finding) => finding.ruleId === "derived-credentials")).toHaveLength(1);
  });

  it("Low Power Mode without rich push: right after the rule that rules rich push out", () => {
    const input = makeInput({
      evaluation: makeEvaluation({ "intune-integration": "fail" }),
      settings: makeSettings({ intuneManaged: true }),
      devices: [makeDevice({ lowPowerMode: true })],
    });
    const [rule, lowPower] = diagnose(input);
    expect(rule?.ruleId).toBe("intune-integration");
    expect(lowPower).toMatchObject({ id: "device:low_power_mode", severity: "warning" });
    expect(lowPower?.headline).toMatch(/notifications may not arrive/);
    expect(lowPower?.reference).toMatch(/most common case in which notifications are not delivered/);
  });

  it("puts Low Power Mode, the most common case, before Background App Refresh", () => {
    const input = makeInput({
      evaluation: makeEvaluation({ authentication: "fail" }),
      devices: [makeDevice({ lowPowerMode: true, backgroundAppRefresh: false })],
    });
    expect(diagnose(input).map((finding) => finding.id)).toEqual([
      "rule:authentication",
      "device:low_power_mode",
      "device:background_app_refresh_off",
    ]);
  });

  it("generic notifications after restarts before unlock", () => {
    const events = [
      ...makeEvents(5, 10, 8, { outcome: "generic", cause: "container_locked", failedStep: "container_read" }),
      makeEvent({ occurredAt: minutesAgo(55), outcome: "failure", cause: "credentials_unavailable", failedStep: "container_read" }),
      ...makeEvents(2, 60 * 8, 60),
    ];
    const [top] = diagnose(makeInput({ events }));
    expect(top?.id).toBe("events:container_locked");
    expect(["container_locked", "credentials_unavailable"]).toContain(top?.cause);
    expect(top?.headline).toMatch(/restarted and was not yet unlocked/);
  });

  it("a group on Modern authentication with Office 365", () => {
    const input = makeInput({ evaluation: makeEvaluation({ authentication: "fail" }), settings: makeSettings({ authentication: "modern_auth_o365" }) });
    expect(diagnose(input)[0]?.headline).toBe("Rich push is unsupported: the group uses Modern authentication with Office 365");
  });

  const groupRules: [RuleId, Partial<GroupSettings>][] = [
    ["push-notifications", { pushNotifications: false }],
    ["network-access", { networkAccess: "blocked" }],
    ["background-network-services", { backgroundNetworkServices: [] }],
    ["lock-screen-notifications", { lockScreenNotifications: "count_only" }],
    ["lock-screen-notifications", { lockScreenNotifications: "block" }],
    ["intune-integration", { intuneManaged: true }],
  ];
  it.each(groupRules)("a failing group rule: %s", (ruleId, settings) => {
    const [top] = diagnose(makeInput({ evaluation: makeEvaluation({ [ruleId]: "fail" }), settings: makeSettings(settings) }));
    expect(top).toMatchObject({ ruleId, severity: "critical", family: "rule" });
  });

  it("credentials that expired or changed", () => {
    const events = makeEvents(3, 20, 30, { outcome: "generic", cause: "credentials_stale", failedStep: "ews_fetch" });
    const [top] = diagnose(makeInput({ events }));
    expect(top).toMatchObject({ cause: "credentials_stale", severity: "critical" });
    expect(top?.remedy).toMatch(/enter the current credentials/);
  });

  it("timeouts and no EWS response on a poor network", () => {
    const events = [
      ...makeEvents(2, 10, 30, { outcome: "failure", cause: "ews_timeout", failedStep: "ews_fetch" }),
      makeEvent({ occurredAt: minutesAgo(25), outcome: "generic", cause: "ews_no_response", failedStep: "ews_fetch" }),
    ];
    const [top] = diagnose(makeInput({ events }));
    expect(top).toMatchObject({ id: "events:ews_timeout", cause: "ews_timeout" });
    expect(top?.remedy).toMatch(/poor Wi-Fi or data connectivity/);
  });

  it("gateway failures", () => {
    const events = makeEvents(3, 5, 15, { outcome: "failure", cause: "gateway_unreachable", failedStep: "gateway_connect" });
    const [top] = diagnose(makeInput({ events }));
    expect(top).toMatchObject({ cause: "gateway_unreachable", severity: "critical" });
    expect(top?.remedy).toMatch(/reachable from external networks/);
  });

  it("a burst in the last hours outranks old noise", () => {
    const events = [
      ...makeEvents(10, 60 * 24 * 4, 5, { outcome: "generic", cause: "container_locked" }),
      ...makeEvents(3, 30, 20, { outcome: "failure", cause: "gateway_tls_failed" }),
    ];
    const findings = diagnose(makeInput({ events }));
    expect(findings[0]?.cause).toBe("gateway_tls_failed");
    expect(findings.find((finding) => finding.cause === "container_locked")?.severity).toBe("info");
  });

  it("no problem found, with the last rich notification", () => {
    const findings = diagnose(makeInput({ events: makeEvents(4, 30, 120) }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ id: "all-clear", severity: "info" });
    expect(findings[0]?.headline).toBe("No problem found: the last rich notification reached Ana Lopez at 11:30");
  });

  it("leads with all clear over notes that need no action", () => {
    const findings = diagnose(makeInput({ devices: [makeDevice({ lowPowerMode: true })], events: makeEvents(1, 10, 1) }));
    expect(findings.map((finding) => finding.id)).toEqual(["all-clear", "device:low_power_mode"]);
  });

  it("never reads the clock", () => {
    vi.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("the diagnosis must use the injected now");
    });
    expect(() => diagnose(makeInput({ events: makeEvents(3, 5, 5, { outcome: "failure", cause: "ews_timeout" }) }))).not.toThrow();
  });
});

describe("diagnose: properties", () => {
  const event = fc.record({
    id: fc.string(),
    deviceId: fc.constantFrom("dev-1", "dev-2", "gone"),
    occurredAt: fc.oneof(fc.integer({ min: -600, max: 60 * 24 * 9 }).map(minutesAgo), fc.string()),
    outcome: fc.constantFrom(...OUTCOMES),
    cause: fc.option(fc.constantFrom(...CAUSE_CODES), { nil: null }),
    failedStep: fc.option(fc.constantFrom(...STEPS), { nil: null }),
    badgeCount: fc.option(fc.integer(), { nil: undefined }),
  });
  const device = fc.record({
    id: fc.constantFrom("dev-1", "dev-2"),
    model: fc.constantFrom("iPhone 15", "iPad Air", ""),
    iosVersion: fc.constant("17.5"),
    appVersion: fc.constant("24.5.0"),
    derivedCredentials: fc.boolean(),
    mailNotificationsEnabled: fc.boolean(),
    iosNotificationsAllowed: fc.boolean(),
    backgroundAppRefresh: fc.boolean(),
    lowPowerMode: fc.boolean(),
    lastSeenAt: fc.oneof(fc.nat(60 * 24 * 30).map(minutesAgo), fc.string()),
  });
  const stat = fc.record({
    cause: fc.constantFrom(...CAUSE_CODES),
    count: fc.nat(500),
    affectedUsers: fc.nat(50),
    firstSeen: fc.oneof(fc.nat(60 * 24 * 3).map(minutesAgo), fc.string()),
    lastSeen: fc.oneof(fc.nat(60 * 24).map(minutesAgo), fc.string()),
    totalSinceFirstSeen: fc.option(fc.nat(600), { nil: undefined }),
  });
  const statuses = fc.dictionary(fc.constantFrom(...RULE_IDS), fc.constantFrom(...CHECK_STATUSES));

  it("never throws on arbitrary inputs and always returns at least one finding, with unique ids", () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 80 }),
        fc.array(device, { maxLength: 3 }),
        fc.option(fc.record({ causes: fc.array(stat, { maxLength: 6 }), groupTotal: fc.integer({ min: -5, max: 800 }) }), { nil: undefined }),
        statuses,
        fc.constantFrom(...LOCK_SCREEN),
        fc.constantFrom("UTC", "Europe/Berlin", "America/New_York", "Not/AZone"),
        fc.constantFrom(NOW, hoursAgo(30), "not a time"),
        (events, devices, groupCauseStats, ruleStatuses, lockScreenNotifications, timeZone, now) => {
          const findings = diagnose(
            makeInput({ events, devices, groupCauseStats, evaluation: makeEvaluation(ruleStatuses), settings: makeSettings({ lockScreenNotifications }), timeZone, now }),
          );
          expect(findings.length).toBeGreaterThanOrEqual(1);
          expect(new Set(findings.map((finding) => finding.id)).size).toBe(findings.length);
          for (const finding of findings) {
            expect(finding.headline.length).toBeGreaterThan(0);
            // Every finding rests on the reference, quoted, or says it rests on field guidance.
            expect(isQuotedFromReference(finding.reference) || isFieldGuidance(finding.reference), finding.reference).toBe(true);
            expect(finding.id).toMatch(FINDING_ID);
          }
          for (let i = 1; i < findings.length; i += 1) expect(findings[i - 1]!.priority).toBeGreaterThanOrEqual(findings[i]!.priority);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("says all clear exactly when no step of the lead precedence applies, and then leads with it", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), statuses, (events, ruleStatuses) => {
        const findings = diagnose(makeInput({ events, evaluation: makeEvaluation(ruleStatuses) }));
        const others = findings.filter((finding) => finding.id !== "all-clear");
        const applies = others.some((finding) => finding.priority > PRIORITY.allClear);
        expect(findings.some((finding) => finding.id === "all-clear")).toBe(!applies);
        if (!applies) expect(findings[0]?.id).toBe("all-clear");
      }),
    );
  });
});
