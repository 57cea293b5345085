/**
 * Users recently opened in this browser, offered first by the command menu. Kept in localStorage
 * (id and display name only, never the timeline) so it survives reloads; cleared with the browser data.
 */
const KEY = "rpc.recent-users";
const MAX = 5;

export type RecentUser = { id: string; name: string };

export function readRecentUsers(): RecentUser[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
    return Array.isArray(parsed)
      ? parsed.filter((u): u is RecentUser => typeof u?.id === "string" && typeof u?.name === "string").slice(0, MAX)
      : [];
  } catch {
    return [];
  }
}

export function rememberRecentUser(user: RecentUser): void {
  try {
    const next = [user, ...readRecentUsers().filter((u) => u.id !== user.id)].slice(0, MAX);
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled: the menu just offers no recent users.
  }
}
