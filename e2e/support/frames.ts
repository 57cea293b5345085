import type { Page } from "@playwright/test";

/**
 * Resolves once the page has rendered one whole frame after this call: the first
 * requestAnimationFrame lands in the next frame, the second in the one after, by which time the
 * first frame's layout and ResizeObserver callbacks have run. What is measured then is what the
 * user saw painted.
 */
export async function afterNextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
