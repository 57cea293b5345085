import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import { SUPPORTED_INPUT, inputWith } from "@/lib/domain/prerequisites/testing/fixtures";
import { RULE_IDS } from "@/lib/domain/prerequisites/types";
import { formatVerdict, verdictLine } from "@/scripts/cli/format-verdict";

describe("formatVerdict", () => {
  it("has a row per rule with its id and status", () => {
    const lines = formatVerdict(evaluate(SUPPORTED_INPUT)).split("\n");
    for (const id of RULE_IDS) expect(lines.some((line) => line.startsWith(`${id} `))).toBe(true);
    expect(lines.find((line) => line.startsWith("push-notifications "))).toMatch(/^push-notifications\s+pass\s+Push notifications are ON$/);
  });

  it("shows the detail and the remedy under a failing check, and none under passing ones", () => {
    const text = formatVerdict(evaluate(inputWith({ pushNotifications: false, mailNotificationsEnabled: true, derivedCredentials: false })));
    const lines = text.split("\n");
    const row = lines.findIndex((line) => line.startsWith("push-notifications "));
    expect(lines[row]).toMatch(/\sfail\s/);
    expect(lines[row + 1]?.trim()).toBe("Push notifications is OFF.");
    expect(lines[row + 2]?.trim()).toMatch(/^Remedy: .*set Push notifications to ON/);
    expect(lines[row + 3]).toMatch(/^network-access\s+pass/);
  });

  it("ends with the verdict and what users get instead", () => {
    const text = formatVerdict(evaluate(inputWith({ authentication: "modern_auth_o365" })));
    expect(text).toContain("Verdict: rich push notifications are NOT supported (1 failing check, 2 to confirm per user).");
    expect(text).toContain("What users get instead:\n  - Secure Mail still shows the count of unread Inbox emails");
  });
});

describe("verdictLine", () => {
  it("counts warnings and checks to confirm on a supported group", () => {
    const evaluation = evaluate(inputWith({ backgroundNetworkServices: ["mail.corp.example:443"] }));
    expect(verdictLine(evaluation)).toBe("Verdict: rich push notifications are supported (1 warning, 2 to confirm per user).");
  });

  it("needs no parenthesis when every check passes", () => {
    const evaluation = evaluate(inputWith({ mailNotificationsEnabled: true, derivedCredentials: false }));
    expect(verdictLine(evaluation)).toBe("Verdict: rich push notifications are supported.");
  });
});
