import type { ReactNode } from "react";

/**
 * The editor's two columns: the settings, and beside them the live checker with `aside` below it.
 * `aside` is where the group's Connectivity panel is mounted (by the editor form).
 */
export function GroupEditorLayout({ settings, checker, aside }: { settings: ReactNode; checker: ReactNode; aside?: ReactNode }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem] xl:grid-cols-[minmax(0,1fr)_minmax(22rem,28rem)]">
      <div className="min-w-0">{settings}</div>
      <div className="min-w-0 space-y-6">
        {checker}
        {aside ? <div data-testid="group-editor-aside">{aside}</div> : null}
      </div>
    </div>
  );
}
