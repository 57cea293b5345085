import "server-only";
import { env } from "@/lib/env";
import type { SmtpSettings } from "./send-email";

export function smtpSettingsFromEnv(): SmtpSettings {
  const { SMTP_URL, SMTP_FROM } = env();
  return SMTP_URL ? { url: SMTP_URL, from: SMTP_FROM } : null;
}
