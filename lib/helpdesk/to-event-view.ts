import type { NotificationEvent as EventRow } from "@/generated/prisma/client";
import { messageFor } from "@/lib/domain/outcomes";
import { encodeEventCursor } from "./event-cursor";
import { eventPath } from "./event-path";
import { isInboxActivity, isKnownCause, isOutcome, isStep } from "./stored-values";
import type { EventView } from "./views";

/** A stored event as the timeline shows it: the exact message the user saw and the step-by-step path. */
export function toEventView(row: EventRow): EventView {
  // Stored rows passed ingestion's checks; should one not, it reads as a notification without content and no known cause.
  const outcome = isOutcome(row.outcome) ? row.outcome : "generic";
  const cause = isKnownCause(row.cause) ? row.cause : null;
  const failedStep = isStep(row.failedStep) ? row.failedStep : null;
  return {
    id: row.id,
    cursor: encodeEventCursor(row),
    deviceId: row.deviceId,
    occurredAt: row.occurredAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    outcome,
    cause,
    failedStep,
    message: messageFor(outcome, cause),
    badgeCount: row.badgeCount,
    delayMs: row.delayMs,
    activity: isInboxActivity(row.activity) ? row.activity : null,
    path: eventPath({ outcome, cause, failedStep, steps: row.steps }),
  };
}
