import "server-only";
import type { TwoFactorOptions } from "better-auth/plugins";
import { generateRecoveryCodes, hashedRecoveryCodeStore } from "./mfa-recovery-codes";

/** How long the sign-in code step stays open after the password was accepted. */
export const CODE_STEP_SECONDS = 600;

/**
 * The two-factor plugin as the console uses it: TOTP (6 digits, 30 s, the authenticator apps'
 * default) with recovery codes stored hashed (mfa-recovery-codes.ts).
 *
 * - Trusted devices are never offered (no `trustDevice` is ever passed): every password sign-in
 *   of an enrolled account asks for a code.
 * - The plugin's own account lockout is off: the code step is throttled by the console's back-off
 *   (mfa-sign-in.ts, the same curve and table as sign-in), which slows guessing without letting
 *   someone who knows the password lock the owner out for a fixed time. The plugin still ends a
 *   code step after 5 wrong codes, so the password must be given again.
 */
export const twoFactorOptions = {
  issuer: "Rich Push Console",
  totpOptions: { digits: 6, period: 30 },
  backupCodeOptions: { storeBackupCodes: hashedRecoveryCodeStore, customBackupCodesGenerate: generateRecoveryCodes },
  twoFactorCookieMaxAge: CODE_STEP_SECONDS,
  accountLockout: { enabled: false },
} satisfies TwoFactorOptions;
