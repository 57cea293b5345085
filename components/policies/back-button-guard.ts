/** The parts of `window` the Back guard uses, so tests can hand in a small fake. */
export type GuardWindow = {
  history: { state: unknown; pushState(state: unknown, unused: string, url?: string): void; back(): void };
  location: { href: string };
  addEventListener(type: "popstate", listener: () => void): void;
  removeEventListener(type: "popstate", listener: () => void): void;
};

const MARK = "unsavedChangesGuard";

function isGuardEntry(state: unknown): boolean {
  return typeof state === "object" && state !== null && MARK in state;
}

/**
 * Guards the browser's Back button while there are unsaved changes. A guard entry (same URL, the
 * router's state copied, plus a mark) is pushed on top of the current one; Back pops it, and
 * landing on an entry without the mark means the user is about to leave: ask. Cancel pushes the
 * guard again (the page never changed: same URL), OK goes back once more, to where Back was headed.
 * Entries pushed after the guard (the editor's tab in the URL) pop back onto the guard without a question.
 * Returns the cleanup: when the changes are saved or discarded, the guard entry is popped again
 * so Back is not spent on it, unless the user already left the page.
 */
export function installBackGuard(win: GuardWindow, confirmLeave: () => boolean): () => void {
  let leaving = false;
  const guardedHref = win.location.href;
  const base = win.history.state;
  win.history.pushState({ ...(typeof base === "object" && base !== null ? base : {}), [MARK]: true }, "", win.location.href);

  function onPopState() {
    if (leaving || isGuardEntry(win.history.state)) return;
    if (confirmLeave()) {
      leaving = true;
      win.removeEventListener("popstate", onPopState);
      win.history.back();
      return;
    }
    const current = win.history.state;
    win.history.pushState({ ...(typeof current === "object" && current !== null ? current : {}), [MARK]: true }, "", win.location.href);
  }

  win.addEventListener("popstate", onPopState);
  return () => {
    win.removeEventListener("popstate", onPopState);
    // Only while still on the guard entry of this page: after an in-app navigation the router has already moved on.
    if (!leaving && win.location.href === guardedHref && isGuardEntry(win.history.state)) win.history.back();
  };
}
