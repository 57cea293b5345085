/**
 * Runs `task` once the browser has nothing more urgent to do (requestIdleCallback, at most
 * `timeoutMs` later; a timer where it is missing, e.g. Safari). Returns the cancel function, so
 * it can be an effect's cleanup. For code that is not needed for the first paint.
 */
export function whenIdle(task: () => void, timeoutMs = 3000): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(task, Math.min(timeoutMs, 1500));
  return () => window.clearTimeout(timer);
}
