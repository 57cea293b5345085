/** The outcome of one try to hand a notice to a channel, as the delivery log keeps it. */
export type AttemptResult = {
  succeeded: boolean;
  /** HTTP status of a webhook, SMTP reply code of an email; null when no answer came. */
  responseCode: number | null;
  error: string | null;
  durationMs: number;
};

/** Errors are kept short in the log: enough to tell a timeout from a refusal from a bad reply. */
export function shortError(message: string): string {
  return message.length > 300 ? `${message.slice(0, 299)}…` : message;
}
