import { INBOX_ACTIVITIES, OUTCOMES, STEPS, type InboxActivity, type Outcome, type Step } from "@/lib/domain/outcomes";

/** Guards for the text columns of stored events, which the database does not constrain. */

export function isOutcome(value: string): value is Outcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

export function isStep(value: string | null): value is Step {
  return value !== null && (STEPS as readonly string[]).includes(value);
}

export function isInboxActivity(value: string | null): value is InboxActivity {
  return value !== null && (INBOX_ACTIVITIES as readonly string[]).includes(value);
}

export { isKnownCause } from "@/lib/domain/diagnosis/event-summary";
