import { InlineSourcedText } from "@/components/ui/sourced-text";
import { CAUSES, STEP_LABELS, type CauseCode } from "@/lib/domain/outcomes";
import type { LockScreenPreview } from "@/lib/domain/diagnosis";
import type { EventView } from "@/lib/helpdesk/views";
import { EventPathSteps } from "./event-path-steps";
import { lockScreenLine } from "./lock-screen-content";

/** When no step of a fallback is marked failed, say so, naming the candidates when the cause has several. */
function unreportedStepText(cause: CauseCode | null): string {
  if (cause && CAUSES[cause].steps.length > 1) {
    const candidates = CAUSES[cause].steps.map((step) => STEP_LABELS[step]).join(" or ");
    return `The device did not report which step failed: ${candidates}. Neither is marked.`;
  }
  return "The device did not report which step failed.";
}

/**
 * A notification of the rich path: push → container → gateway → Exchange → EWS → shown, the step
 * it failed at (its own, so channel_failed at the Exchange connection marks Exchange, not the
 * gateway), what the user saw, and the cause with its remedy.
 */
export function RichPathDetails({ event, lockScreen }: { event: EventView; lockScreen: LockScreenPreview | null }) {
  const cause = event.cause ? CAUSES[event.cause] : null;
  const failed = event.path.find((step) => step.status === "failed");
  return (
    <div className="space-y-3" data-testid="rich-path-details">
      <EventPathSteps path={event.path} />
      {event.outcome !== "rich" && !failed ? <p className="text-sm text-slate-600 dark:text-slate-400">{unreportedStepText(event.cause)}</p> : null}
      {event.message ? (
        <p className="text-sm">
          The user saw: <q className="font-medium">{event.message}</q>
        </p>
      ) : (
        <p className="text-sm">
          The user saw the mail itself, on push. {lockScreen ? lockScreenLine(lockScreen) : "(sender and subject, as the lock-screen policy allows)"}
        </p>
      )}
      {cause ? (
        <p className="text-sm">
          {cause.cause}
          {failed && cause.steps.length > 1 ? ` Here: ${failed.label}.` : ""}{" "}
          <span className="text-slate-600 dark:text-slate-400">
            To fix: <InlineSourcedText text={cause.remedy} />
          </span>
        </p>
      ) : null}
    </div>
  );
}
