import { describe, expect, it } from "vitest";
import { CAUSE_CODES, CAUSES, FAILURE_CAUSES, GENERIC_MESSAGE, failedStepOf, isCauseValidFor, messageFor } from "./outcomes";
import { isFieldGuidance } from "./field-guidance";
import { isQuotedFromReference, REFERENCE_TEXT } from "./testing/reference-text";

describe("the outcome catalogue against the reference", () => {
  it.each(FAILURE_CAUSES)("%s: the message is the reference's, character for character", (code) => {
    // Each failure message is followed by "This notification appears…" in the reference.
    expect(REFERENCE_TEXT).toContain(`${CAUSES[code].message} This notification appears`);
  });

  it("writes “organization’s” with the typographic apostrophe, as the reference does", () => {
    const withOrganization = FAILURE_CAUSES.filter((code) => CAUSES[code].message.includes("organization"));
    expect(withOrganization).toHaveLength(3);
    for (const code of withOrganization) expect(CAUSES[code].message).toContain("organization\u2019s");
    expect(CAUSE_CODES.some((code) => CAUSES[code].message.includes("'"))).toBe(false);
  });

  it("the generic message is the reference's “You have new mail”", () => {
    expect(REFERENCE_TEXT).toContain(`“${GENERIC_MESSAGE}” notification`);
  });

  it.each(CAUSE_CODES)("%s: its reference sentence is quoted from the reference", (code) => {
    expect(isQuotedFromReference(CAUSES[code].reference)).toBe(true);
  });
});

describe("remedies", () => {
  it("marks as field guidance every remedy the reference does not give", () => {
    const marked = CAUSE_CODES.filter((code) => isFieldGuidance(CAUSES[code].remedy));
    expect(marked).toEqual(["ews_no_response", "channel_failed", "credentials_stale", "gateway_socks5_failed", "ews_parse_error"]);
    expect(isQuotedFromReference(CAUSES.unexpected_ews_response.remedy)).toBe(true);
  });
});

describe("delivery modes", () => {
  it("a sync notification carries no cause and no fallback text", () => {
    expect(isCauseValidFor("sync", null)).toBe(true);
    for (const code of CAUSE_CODES) expect(isCauseValidFor("sync", code)).toBe(false);
    expect(messageFor("sync", null)).toBeNull();
  });

  it("channel_failed names the gateway or EWS only through the step the device reports", () => {
    expect(CAUSES.channel_failed.steps).toEqual(["gateway_connect", "exchange_connect"]);
    expect(failedStepOf("channel_failed", null)).toBeNull();
    expect(failedStepOf("channel_failed", "exchange_connect")).toBe("exchange_connect");
    expect(failedStepOf("exchange_tls_failed", null)).toBe("exchange_connect");
  });
});
