import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "./webhook-signature";

describe("webhook signature", () => {
  it("is sha256=<hex HMAC-SHA256> over `${timestamp}.${body}`, as a receiver computes it", () => {
    const expected = createHmac("sha256", "whsec_k").update('1700000000.{"a":1}').digest("hex");
    expect(signWebhook("whsec_k", "1700000000", '{"a":1}')).toBe(`sha256=${expected}`);
  });
  it("fails for another secret, timestamp or body", () => {
    const signature = signWebhook("whsec_k", "1700000000", "{}");
    expect(verifyWebhookSignature("whsec_k", "1700000000", "{}", signature)).toBe(true);
    expect(verifyWebhookSignature("whsec_x", "1700000000", "{}", signature)).toBe(false);
    expect(verifyWebhookSignature("whsec_k", "1700000001", "{}", signature)).toBe(false);
    expect(verifyWebhookSignature("whsec_k", "1700000000", "{ }", signature)).toBe(false);
    expect(verifyWebhookSignature("whsec_k", "1700000000", "{}", "sha256=00")).toBe(false);
  });
});
