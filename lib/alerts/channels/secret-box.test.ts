import { describe, expect, it } from "vitest";
import { openSecret, sealSecret, secretBoxKey } from "./secret-box";

const key = secretBoxKey("a".repeat(32));

describe("secret box", () => {
  it("opens what it sealed, with a fresh IV each time (the plain secret is not in the sealed text)", () => {
    const first = sealSecret(key, "whsec_secret");
    const second = sealSecret(key, "whsec_secret");
    expect(first).not.toBe(second);
    expect(first).not.toContain("whsec_secret");
    expect(openSecret(key, first)).toBe("whsec_secret");
  });
  it("opens nothing under another AUTH_SECRET or after tampering", () => {
    const sealed = sealSecret(key, "whsec_secret");
    expect(openSecret(secretBoxKey("b".repeat(32)), sealed)).toBeNull();
    const [version, iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(openSecret(key, [version, iv, tag, flipped.toString("base64url")].join("."))).toBeNull();
    expect(openSecret(key, "garbage")).toBeNull();
  });
});
