import { describe, expect, it } from "vitest";
import { installBackGuard, type GuardWindow } from "./back-button-guard";

/** A session history like the browser's: Back moves down the stack and fires popstate; pushState drops the forward entries. */
function fakeWindow(start: { url: string; state: unknown }[]) {
  const entries = [...start];
  let index = entries.length - 1;
  const listeners = new Set<() => void>();
  const win: GuardWindow = {
    history: {
      get state() {
        return entries[index]!.state;
      },
      pushState(state, _unused, url) {
        entries.splice(index + 1);
        entries.push({ url: url ?? entries[index]!.url, state });
        index = entries.length - 1;
      },
      back() {
        if (index === 0) return;
        index -= 1;
        for (const listener of [...listeners]) listener();
      },
    },
    location: {
      get href() {
        return entries[index]!.url;
      },
    },
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
  };
  return { win, entries, index: () => index, listeners };
}

const LIST = { url: "/policies", state: { __NA: true, tree: "list" } };
const EDITOR = { url: "/policies/g1", state: { __NA: true, tree: "editor" } };

describe("installBackGuard", () => {
  it("asks on Back and stays on the page, re-armed, when the user cancels", () => {
    const { win, index } = fakeWindow([LIST, EDITOR]);
    const asked: string[] = [];
    installBackGuard(win, () => (asked.push(win.location.href), false));
    expect(win.history.state).toMatchObject({ __NA: true, tree: "editor" });

    win.history.back();
    expect(asked).toEqual(["/policies/g1"]);
    expect(win.location.href).toBe("/policies/g1");

    win.history.back();
    expect(asked).toHaveLength(2);
    expect(win.location.href).toBe("/policies/g1");
    expect(index()).toBe(2);
  });

  it("goes where Back was headed when the user confirms, and stops guarding", () => {
    const { win, listeners } = fakeWindow([LIST, EDITOR]);
    const cleanup = installBackGuard(win, () => true);
    win.history.back();
    expect(win.location.href).toBe("/policies");
    expect(listeners.size).toBe(0);
    cleanup();
    expect(win.location.href).toBe("/policies");
  });

  it("lets Back undo an in-page entry pushed after the guard (the tab) without asking", () => {
    const { win } = fakeWindow([LIST, EDITOR]);
    let asked = 0;
    installBackGuard(win, () => (asked++, false));
    win.history.pushState({ __NA: true, tree: "revisions" }, "", "/policies/g1?tab=revisions");
    win.history.back();
    expect(asked).toBe(0);
    expect(win.location.href).toBe("/policies/g1");
  });

  it("removes its entry once the changes are saved or discarded, so the next Back leaves at once", () => {
    const { win, index, listeners } = fakeWindow([LIST, EDITOR]);
    let asked = 0;
    const cleanup = installBackGuard(win, () => (asked++, false));
    cleanup();
    expect(index()).toBe(1);
    expect(listeners.size).toBe(0);
    win.history.back();
    expect(win.location.href).toBe("/policies");
    expect(asked).toBe(0);
  });
});

describe("installBackGuard after leaving through a link", () => {
  it("leaves the new page's history alone when the editor unmounts there", () => {
    const { win, index } = fakeWindow([LIST, EDITOR]);
    const cleanup = installBackGuard(win, () => false);
    win.history.pushState({ __NA: true, tree: "users", unsavedChangesGuard: true }, "", "/users");
    cleanup();
    expect(index()).toBe(3);
    expect(win.location.href).toBe("/users");
  });
});
