import { describe, expect, it } from "vitest";
import { isFieldGuidance } from "@/lib/domain/field-guidance";
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

    expect(verdict).toMatchObject({ ok: false, cause, message: CAUSES[cause].message, remedy: CAUSES[cause].remedy });
  });

  it("no failure: no cause, and the summary says what answered", () => {
    expect(mapCause(target("ews"), [step("dns"), step("tcp"), step("tls"), step("ews_request")], off)).toEqual({
      ok: true,
      cause: null,
      message: null,
      remedy: null,
      policyNote: null,
      summary: "EWS host h.example:443 is reachable: ews_request ok",
    });
  });

  it("with Accept all SSL certificates on and EWS answering past a bad certificate: reachable, no cause, the certificate reported", () => {
    const steps = [step("dns"), step("tcp"), step("tls", "failed", "expired"), step("ews_request")];

    expect(mapCause(target("ews"), steps, on)).toEqual({
      ok: true,
      cause: null,
      message: null,
      remedy: null,
      policyNote: "Accept all SSL certificates is on for this group: users will still connect, but fix the certificate.",
      summary: "EWS host h.example:443 is reachable: ews_request ok; but its certificate is not valid: tls failed",
    });
  });

  it("the same steps with Accept all SSL certificates off: exchange_tls_failed", () => {
    const steps = [step("dns"), step("tcp"), step("tls", "failed", "expired"), step("ews_request", "skipped")];

    expect(mapCause(target("activesync"), steps, off)).toMatchObject({
      ok: false,
      cause: "exchange_tls_failed",
      policyNote: "Accept all SSL certificates is off for this group: users cannot connect to Exchange until the certificate is fixed.",
    });
  });

  it("Accept all SSL certificates covers Exchange only: a bad gateway certificate still stops users", () => {
    const steps = [step("dns"), step("tcp"), step("tls", "failed", "self_signed"), step("socks5", "skipped")];

    expect(mapCause(target("gateway"), steps, on)).toMatchObject({ ok: false, cause: "gateway_tls_failed", policyNote: null });
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

    expect(verdict).toMatchObject({ ok: false, cause: null, message: null });
    expect(verdict.summary).toBe("Push registration host h.example:443: TCP connection failed: tcp failed");
    expect(isFieldGuidance(verdict.remedy!)).toBe(true);
    expect(verdict.remedy).toContain("cannot register for push notifications");
    expect(verdict.remedy).toContain("Background network services");
    expect(verdict.remedy).toContain("Secure Ticket Authority (STA) with split tunneling off");
  });

  it("a cancelled run names no cause", () => {
    expect(mapCause(target("gateway"), [step("dns"), step("tcp", "failed", "aborted")], off).cause).toBeNull();
  });
});
