import { Panel } from "@/components/ui/panel";
import { ReferenceQuote } from "@/components/ui/sourced-text";
import type { LockScreenPreview } from "@/lib/domain/diagnosis";

const TIMING: Record<LockScreenPreview["timing"], string> = {
  on_arrival: "Appears when the mail arrives (rich push).",
  after_sync: "Appears only after iOS wakes Secure Mail to sync, not when the mail arrives.",
  never: "Nothing appears on the locked screen.",
};

function NotificationCard({ preview }: { preview: LockScreenPreview }) {
  if (preview.content === "nothing") {
    return <p className="mt-16 text-center text-sm text-white/70">No notification</p>;
  }
  return (
    <div className="mt-16 rounded-2xl bg-white/80 p-3 text-slate-900 shadow-lg backdrop-blur" data-testid="lock-screen-notification">
      <div className="flex items-center justify-between text-xs text-slate-600">
        <span className="flex items-center gap-1.5 font-medium uppercase">
          <span aria-hidden className="inline-block h-4 w-4 rounded bg-sky-600" />
          {preview.appName}
        </span>
        <span>now</span>
      </div>
      {preview.content === "count" ? <p className="mt-1 text-sm font-semibold">{preview.countText}</p> : null}
      {preview.sender ? <p className="mt-1 text-sm font-semibold">{preview.sender}</p> : null}
      {preview.subject ? <p className="text-sm">{preview.subject}</p> : null}
      {preview.preview ? <p className="line-clamp-2 text-sm text-slate-600">{preview.preview}</p> : null}
    </div>
  );
}

/** "What would this user see?": a sample mail on a lock-screen mock, as the group's policy allows. */
export function LockScreenPanel({ preview }: { preview: LockScreenPreview | null }) {
  return (
    <Panel id="lock-screen" title="What would this user see?" description={preview ? `Control locked screen notifications: ${preview.policyLabel}` : undefined}>
      {preview ? (
        <div className="flex flex-wrap gap-5">
          <figure
            aria-label={`Locked screen with a sample mail under the policy ${preview.policyLabel}`}
            className="h-72 w-44 shrink-0 rounded-[2rem] border-4 border-slate-800 bg-gradient-to-b from-indigo-900 to-sky-800 p-3 text-white"
          >
            <p className="text-center text-3xl font-light tabular-nums">9:41</p>
            <NotificationCard preview={preview} />
          </figure>
          <div className="min-w-48 flex-1 space-y-2 text-sm">
            <p className="font-medium">{TIMING[preview.timing]}</p>
            <ul className="list-disc space-y-1 pl-5 text-slate-600 dark:text-slate-400">
              {preview.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
            <ReferenceQuote text={preview.reference} className="border-l-2 border-slate-300 pl-3 text-slate-600 dark:border-slate-700 dark:text-slate-400" />
          </div>
        </div>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">The user&apos;s group has no settings, so there is no lock-screen policy to show.</p>
      )}
    </Panel>
  );
}
