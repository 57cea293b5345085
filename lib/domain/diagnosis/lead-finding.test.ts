import { describe, expect, it } from "vitest";
import { VIP_ONLY_UNAVAILABLE } from "@/lib/domain/prerequisites/consequences";
import type { GroupSettings } from "@/lib/domain/settings";
import { isQuotedFromReference, REFERENCE_TEXT } from "@/lib/domain/testing/reference-text";
import { diagnoseUser, type UserDiagnosisInput } from "./diagnose-user";
import { isFieldGuidance } from "@/lib/domain/field-guidance";
import { hoursAgo, makeDevice, makeEvent, makeEvents, makeSettings, makeUser, minutesAgo, NOW } from "./test-factories";
import type { DeviceTelemetry, Finding, GroupCauseStat, NotificationEvent } from "./types";

/**
 * The ranking rules of issue 9, each built from the reference sentence it rests on. The
 * diagnosis runs as the API and the CLI run it (diagnoseUser: the group's settings evaluated with
 * the user's device facts).
 */

function diagnoseWith(
  settings: Partial<GroupSettings> = {},
  devices: DeviceTelemetry[] = [makeDevice()],
  events: NotificationEvent[] = [],
  causes: GroupCauseStat[] = [],
  groupTotal = 200,
): Finding[] {
  const input: UserDiagnosisInput = { now: NOW, user: makeUser(), settings: makeSettings(settings), devices, events, timeZone: "UTC" };
  if (causes.length > 0) input.group = { groupTotal, causes };
  return diagnoseUser(input);
}
const ids = (findings: readonly Finding[]) => findings.map((finding) => finding.id);

const tlsBurst: GroupCauseStat = { cause: "exchange_tls_failed", count: 120, affectedUsers: 38, firstSeen: hoursAgo(3), lastSeen: minutesAgo(2) };
const anasTlsFailures = makeEvents(3, 5, 10, { outcome: "failure", cause: "exchange_tls_failed", failedStep: "exchange_connect" });

describe("when rich push is ruled out, the failing rule leads, followed by what users get instead", () => {
  const INSTEAD =
    "For configurations that are not supported by the rich push notifications feature for iOS, Secure Mail still provides the count of unread Inbox emails for the sync period.";
  const AFTER_SYNC = "If the Control locked screen notifications policy is On, push notifications appear on a locked device screen after iOS wakes up Secure Mail to perform a sync.";
  const MOST_COMMON = "If the device is in Low Power Mode and Secure Mail is in the background: This is the most common case in which notifications are not delivered.";
  const REFRESH = "If Background App Refresh is Off for Secure Mail and if Secure Mail is in the background: Note that users control this setting.";
  const NETWORK = "If the device has poor network connectivity: This situation depends on the iOS device.";

  it("quotes its sentences from the reference", () => {
    for (const sentence of [INSTEAD, AFTER_SYNC, MOST_COMMON, REFRESH, NETWORK]) expect(isQuotedFromReference(sentence), sentence).toBe(true);
  });

  it(`names Low Power Mode ("${MOST_COMMON}") first, then Background App Refresh and the network, after what users get instead`, () => {
    const device = makeDevice({ lowPowerMode: true, backgroundAppRefresh: false });
    const events = makeEvents(5, 10, 40, { outcome: "sync", delayMs: 14 * 60_000 });
    const findings = diagnoseWith({ authentication: "modern_auth_o365" }, [device], events);
    expect(ids(findings)).toEqual(["rule:authentication", "device:low_power_mode", "device:background_app_refresh_off"]);
    const text = findings[0]!.explanation;
    const order = ["Modern authentication", "count of unread Inbox emails for the sync period", "after iOS wakes Secure Mail up to perform a sync", "in Low Power Mode, the most common case", "Background App Refresh off", "poor network connectivity", "5 notifications arrived after a background sync, typically 14 min after the mail arrived"];
    const at = order.map((part) => text.indexOf(part));
    expect(at.every((index) => index >= 0), text).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // The sync notifications are explained by the rule, never by a made-up cause.
    expect(findings.some((finding) => finding.family === "events")).toBe(false);
  });

  it("lets a failing group rule outrank derived credentials, and derived credentials lead without one", () => {
    const derived = makeDevice({ derivedCredentials: true });
    expect(ids(diagnoseWith({ lockScreenNotifications: "count_only" }, [derived]))[0]).toBe("rule:lock-screen-notifications");
    const [lead] = diagnoseWith({}, [derived], makeEvents(2, 20, 30, { outcome: "sync" }));
    expect(lead?.id).toBe("device:derived_credentials");
    expect(lead?.explanation).toMatch(/count of unread Inbox emails for the sync period/);
  });
});

describe("a device fact that blocks every notification outranks any group burst", () => {
  const PROMPT = "During an installation or upgrade, Secure Mail for iOS prompts users to allow push notifications. Users can also allow push notifications later by using iOS Settings.";
  const MAIL_NOTIFICATIONS = "Navigate to Secure Mail > Settings > Notifications and then enable Mail Notifications.";

  it("quotes its sentences from the reference", () => {
    expect(isQuotedFromReference(PROMPT)).toBe(true);
    expect(isQuotedFromReference(MAIL_NOTIFICATIONS)).toBe(true);
  });

  it(`iOS notifications not allowed ("${PROMPT}") leads over a burst that hit the user, naming the prompt as the usual reason`, () => {
    const devices = [makeDevice({ iosNotificationsAllowed: false }), makeDevice({ id: "dev-2", model: "iPad Air" })];
    const findings = diagnoseWith({}, devices, anasTlsFailures, [tlsBurst]);
    expect(ids(findings).slice(0, 2)).toEqual(["device:ios_notifications_not_allowed", "group-burst:exchange_tls_failed"]);
    expect(findings[0]?.explanation).toMatch(/Usually the prompt to allow notifications was declined: Secure Mail asks at installation or upgrade, and users can allow notifications later in iOS Settings\./);
    expect(findings[0]?.reference).toBe(PROMPT);
  });

  it(`Mail Notifications off ("${MAIL_NOTIFICATIONS}") leads over a burst that hit the user`, () => {
    const findings = diagnoseWith({}, [makeDevice({ mailNotificationsEnabled: false })], anasTlsFailures, [tlsBurst]);
    expect(ids(findings).slice(0, 2)).toEqual(["device:mail_notifications_off", "group-burst:exchange_tls_failed"]);
  });
});

describe("a group burst never leads for a user none of whose notifications had that cause", () => {
  const TLS = "This notification appears when Secure Mail fails to establish an SSL connection with the Exchange Server.";

  it(`quotes "${TLS}" from the reference`, () => {
    expect(isQuotedFromReference(TLS)).toBe(true);
  });

  it("leads with the burst when it hit the user, and with all clear when it did not", () => {
    expect(ids(diagnoseWith({}, [makeDevice()], [...anasTlsFailures, makeEvent({ occurredAt: hoursAgo(5) })], [tlsBurst]))[0]).toBe("group-burst:exchange_tls_failed");
    const spared = diagnoseWith({}, [makeDevice()], makeEvents(4, 10, 30), [tlsBurst]);
    expect(ids(spared)).toEqual(["all-clear", "group-burst:exchange_tls_failed"]);
    expect(spared[1]?.severity).toBe("info");
  });

  it("lets the user's own dominant cause outrank a burst that ended hours ago and hit them", () => {
    const UNLOCK = "Unlock your device to automatically allow Secure Mail access to the secure container.";
    expect(isQuotedFromReference(UNLOCK)).toBe(true);
    const ended = { ...tlsBurst, firstSeen: hoursAgo(12), lastSeen: hoursAgo(10) };
    const events = [makeEvent({ occurredAt: hoursAgo(11), outcome: "failure", cause: "exchange_tls_failed" }), ...makeEvents(3, 10, 20, { outcome: "generic", cause: "container_locked" })];
    expect(ids(diagnoseWith({}, [makeDevice()], events, [ended])).slice(0, 2)).toEqual(["events:container_locked", "group-burst:exchange_tls_failed"]);
    // Without a dominant cause of its own, the ended burst that hit the user leads.
    expect(ids(diagnoseWith({}, [makeDevice()], events.slice(0, 1), [ended]))[0]).toBe("group-burst:exchange_tls_failed");
  });
});

describe("group bursts only for causes that can be group-wide", () => {
  const RESTART = "This scenario generally occurs after you restart your device and before you unlock the device.";
  const CREDENTIALS = "When your credentials have expired or you have modified the credentials, but they are not updated in Secure Mail.";

  it("quotes its sentences from the reference", () => {
    expect(isQuotedFromReference(RESTART)).toBe(true);
    expect(isQuotedFromReference(CREDENTIALS)).toBe(true);
  });

  it.each([
    ["container_locked", "generic", "restart before unlock", RESTART],
    ["credentials_unavailable", "failure", "restart before unlock", RESTART],
    ["credentials_stale", "generic", "credentials not updated in Secure Mail", CREDENTIALS],
  ] as const)("reports a wave of %s across many devices as what it is, a device state, never a server problem", (cause, outcome, state, reference) => {
    expect(isQuotedFromReference(reference)).toBe(true);
    const wave: GroupCauseStat = { cause, count: 180, affectedUsers: 60, firstSeen: hoursAgo(4), lastSeen: minutesAgo(3) };
    const findings = diagnoseWith({}, [makeDevice()], makeEvents(4, 5, 10, { outcome, cause }), [wave]);
    expect(findings.some((finding) => finding.family === "group-burst")).toBe(false);
    expect(findings[0]?.id).toBe(`events:${cause}`);
    expect(findings[0]?.explanation).toContain(`59 other users in Sales saw ${cause} too; it is a device state (${state}), not a server problem.`);
    for (const finding of findings) expect(`${finding.explanation} ${finding.remedy}`).not.toMatch(/lies in the servers|look at the server/);
  });
});

describe("Low Power Mode and Background App Refresh are info when the device has rich push", () => {
  const DELIVERED = "These notifications happen even if the app is not running in background or is in low power mode.";

  it(`quotes "${DELIVERED}" from the reference, and says so`, () => {
    expect(isQuotedFromReference(DELIVERED)).toBe(true);
    const findings = diagnoseWith({}, [makeDevice({ lowPowerMode: true, backgroundAppRefresh: false })], makeEvents(3, 10, 30));
    expect(ids(findings)[0]).toBe("all-clear");
    expect(new Set(ids(findings).slice(1))).toEqual(new Set(["device:low_power_mode", "device:background_app_refresh_off"]));
    for (const finding of findings.slice(1)) expect(finding.severity).toBe("info");
  });
});

describe("VIP Only is stated as unavailable without condition", () => {
  const VIP = "Due to the change in architecture to support this feature, the VIP Only mail notifications feature is no longer available.";

  it(`quotes "${VIP}" without adding a condition`, () => {
    expect(isQuotedFromReference(VIP)).toBe(true);
    // The constant is the reference's own clause, capitalised, ending where the reference ends it.
    expect(REFERENCE_TEXT).toContain(VIP_ONLY_UNAVAILABLE.charAt(0).toLowerCase() + VIP_ONLY_UNAVAILABLE.slice(1));
  });
});

describe("advice beyond the reference is field guidance", () => {
  const BEYOND = [/iOS Settings >/, /Settings > General/, /Settings > Battery/, /pushreg/, /Test connectivity/, /chains to a trusted root/, /load of Exchange Web Services/];
  const scenarios: Finding[][] = [
    diagnoseWith({}, [makeDevice({ iosNotificationsAllowed: false })]),
    diagnoseWith({ intuneManaged: true }, [makeDevice({ lowPowerMode: true, backgroundAppRefresh: false })]),
    diagnoseWith({ backgroundNetworkServices: ["mail.corp.example:443"] }, [makeDevice()], makeEvents(3, 10, 30)),
    diagnoseWith({}, [makeDevice()], anasTlsFailures, [tlsBurst]),
    diagnoseWith({}, [makeDevice()], makeEvents(3, 10, 10, { outcome: "generic", cause: "channel_failed" })),
    diagnoseWith({}, [makeDevice()], makeEvents(3, 10, 10, { outcome: "failure", cause: "ews_timeout" })),
    diagnoseWith({}, []),
  ];

  it("keeps it out of headlines, explanations and remedies, in fieldGuidance only", () => {
    const guidance = scenarios.flat().flatMap((finding) => finding.fieldGuidance ?? []);
    for (const pattern of BEYOND.slice(0, 5)) expect(guidance.some((sentence) => pattern.test(sentence)), String(pattern)).toBe(true);
    // A finding that rests on field guidance alone (the push registration host) says so in its reference.
    for (const finding of scenarios.flat().filter((found) => !isFieldGuidance(found.reference))) {
      for (const pattern of BEYOND) expect(`${finding.headline} ${finding.explanation} ${finding.remedy}`, finding.id).not.toMatch(pattern);
    }
  });

  it("quotes every finding's reference from the reference, or marks it as field guidance", () => {
    const findings = scenarios.flat();
    expect(findings.some((finding) => isFieldGuidance(finding.reference))).toBe(true);
    for (const finding of findings) {
      expect(isQuotedFromReference(finding.reference) || isFieldGuidance(finding.reference), `${finding.id}: ${finding.reference}`).toBe(true);
    }
  });
});
