import { describe, expect, it } from "vitest";
import { generateRecoveryCodes, hashedRecoveryCodeStore, normalizeRecoveryCode, recoveryCodeHash, recoveryCodesLeft } from "./mfa-recovery-codes";

describe("recovery codes", () => {
  it("are ten distinct codes of two groups of five", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it("are stored as hashes, and the plugin's re-encoding of the remaining list keeps them hashes", async () => {
    const codes = generateRecoveryCodes();
    const stored = await hashedRecoveryCodeStore.encrypt(JSON.stringify(codes));
    for (const code of codes) expect(stored).not.toContain(code);
    const list = JSON.parse(await hashedRecoveryCodeStore.decrypt(stored)) as string[];
    expect(list).toEqual(codes.map(recoveryCodeHash));
    // After a code is used the plugin encodes what is left: already hashed, so unchanged.
    const remaining = JSON.stringify(list.slice(1));
    expect(await hashedRecoveryCodeStore.encrypt(remaining)).toBe(remaining);
    expect(recoveryCodesLeft(remaining)).toBe(9);
  });

  it("match however the code is typed back", () => {
    expect(normalizeRecoveryCode(" ABCDE fghij ")).toBe("abcde-fghij");
    expect(recoveryCodeHash("abcdefghij")).toBe(recoveryCodeHash("ABCDE-FGHIJ"));
    expect(recoveryCodeHash("abcde-fghik")).not.toBe(recoveryCodeHash("abcde-fghij"));
  });
});
