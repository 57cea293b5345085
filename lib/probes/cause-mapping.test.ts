import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/domain/outcomes";
import { mapCause } from "@/lib/probes/cause-mapping";
import type { FailureReason, ProbeKind, ProbeStep, ProbeStepName, ProbeStepStatus } from "@/lib/probes/types";

const step = (name: ProbeStepName, status: ProbeStepStatus = "ok", reason: FailureReason | null = null): ProbeStep => ({
  name,
  status,
  durationMs: 1,
  detail: `${name} ${status}`,
  reason,
  data: {},
});
const target = (kind: ProbeKind) => ({ kind, host: "h.example", port: 443 });
const off = { acceptAllSslCertificates: false };
const on = { acceptAllSslCertificates: true };

describe("mapCause", () => {
  it.each([
    ["gateway", [step("dns", "refused", "forbidden_address")], "gateway_unreachable"],
    ["gateway", [step("dns"), step("tcp", "failed", "timeout")], "gateway_unreachable"],
    ["gateway", [step("dns"), step("tcp"), step("tls", "failed", "handshake_failed")], "gateway_tls_failed"],
    ["gateway", [step("dns"), step("tcp"), step("tls"), step("socks5", "failed", "socks5_no_answer")], "gateway_socks5_failed"],
    ["ews", [step("dns", "failed", "dns_not_found")], "channel_failed"],
    ["ews", [step("dns"), step("tcp", "failed", "connection_refused")], "channel_failed"],
    ["ews", [step("dns"), step("tcp", "failed", "timeout")], "ews_timeout"],
    ["ews", [step("dns"), step("tcp"), step("tls", "failed", "timeout")], "ews_timeout"],
    ["activesync", [step("dns"), step("tcp"), step("tls", "failed", "expired")], "exchange_tls_failed"],
    ["ews", [step("dns"), step("tcp"), step("tls"), step("ews_request", "failed", "ews_html")], "ews_parse_error"],
    ["ews", [step("dns"), step("tcp"), step("tls"), step("ews_request", "failed", "ews_unparsable")], "ews_parse_error"],
    ["ews", [step("dns"), step("tcp"), step("tls"), step("ews_request", "failed", "timeout")], "ews_timeout"],
    ["ews", [step("dns"), step("tcp"), step("tls"), step("ews_request", "failed", "connection_error")], "channel_failed"],
  ] as const)("%s %j → %s", (kind, steps, cause) => {
    const verdict = mapCause(target(kind), [...steps], off);

    expect(verdict).toMatchObject({ cause, message: CAUSES[cause].message, remedy: CAUSES[cause].remedy });
  });

  it("no failure: no cause, and the summary says what answered", () => {
    expect(mapCause(target("ews"), [step("dns"), step("tcp"), step("tls"), step("ews_request")], off)).toEqual({
      cause: null,
      message: null,
      remedy: null,
      policyNote: null,
      summary: "EWS host h.example:443 is reachable: ews_request ok",
    });
  });

  it("with Accept all SSL certificates on, a later failure is what users see", () => {
    const verdict = mapCause(
      target("ews"),
      [step("dns"), step("tcp"), step("tls", "failed", "self_signed"), step("ews_request", "failed", "ews_html")],
      on,
    );

    expect(verdict.cause).toBe("ews_parse_error");
    expect(verdict.policyNote).toContain("is on for this group: users will still connect");
  });

  it("Accept all SSL certificates does not cover a failed handshake, and says so", () => {
    const verdict = mapCause(target("ews"), [step("dns"), step("tcp"), step("tls", "failed", "handshake_failed")], on);

    expect(verdict.cause).toBe("exchange_tls_failed");
    expect(verdict.policyNote).toBe(
      "Accept all SSL certificates is on for this group; it does not help here: the TLS handshake itself failed.",
    );
  });

  it("the push registration host has no notification message: no cause, but a remedy and a summary", () => {
    const verdict = mapCause(target("push_registration"), [step("dns"), step("tcp", "failed", "connection_refused")], off);

    expect(verdict).toMatchObject({ cause: null, message: null });
    expect(verdict.summary).toContain("cannot register for push notifications");
    expect(verdict.remedy).toContain("Background network services");
  });

  it("a cancelled run names no cause", () => {
    expect(mapCause(target("gateway"), [step("dns"), step("tcp", "failed", "aborted")], off).cause).toBeNull();
  });
});
