/**
 * Where to go after sign-in: the `next` path only when it stays on this origin, else the
 * dashboard. Resolved with the URL parser the browser will use, so tricks a prefix check misses
 * ("/\evil.example", "//evil.example", "/\t/evil.example", "https:evil.example") cannot leave.
 */
export function safeNextPath(next: string | null | undefined, origin: string): string {
  if (!next || !next.startsWith("/")) return "/";
  let target: URL;
  try {
    target = new URL(next, origin);
  } catch {
    return "/";
  }
  if (target.origin !== new URL(origin).origin) return "/";
  return `${target.pathname}${target.search}${target.hash}`;
}
