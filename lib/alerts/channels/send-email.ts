import "server-only";
import type { AlertNotice } from "@/lib/alerts/notice";
import { shortError, type AttemptResult } from "./attempt-result";
import { emailMessageOf } from "./email-message";

/** The mail server: SMTP_URL and SMTP_FROM, or null when SMTP_URL is not set. */
export type SmtpSettings = { url: string; from: string } | null;

const SMTP_TIMEOUT_MS = 10_000;

/** Mails the notice as plain text to the channel's recipients; success is the server accepting it. */
export async function sendEmail(smtp: SmtpSettings, recipients: readonly string[], notice: AlertNotice, test: boolean): Promise<AttemptResult> {
  if (!smtp) return { succeeded: false, responseCode: null, error: "no mail server is configured (SMTP_URL is not set)", durationMs: 0 };
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  // Loaded on first use: most processes never send mail, and the routes import this module.
  const { default: nodemailer } = await import("nodemailer");
  // One transport per delivery: alerts are rare, and a pooled connection would outlive the job.
  const transport = nodemailer.createTransport({
    url: smtp.url,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  try {
    const { subject, text } = emailMessageOf(notice, test);
    const info = await transport.sendMail({ from: smtp.from, to: [...recipients], subject, text });
    return { succeeded: true, responseCode: replyCodeOf(info.response), error: null, durationMs: elapsed() };
  } catch (error) {
    const code = (error as { responseCode?: unknown }).responseCode;
    const message = error instanceof Error ? error.message : String(error);
    return { succeeded: false, responseCode: typeof code === "number" ? code : null, error: shortError(message), durationMs: elapsed() };
  } finally {
    transport.close();
  }
}

function replyCodeOf(response: unknown): number | null {
  const match = typeof response === "string" ? /^(\d{3})/.exec(response) : null;
  return match ? Number(match[1]) : null;
}
