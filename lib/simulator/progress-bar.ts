/**
 * A text progress bar on a stream: redrawn in place with \r on a terminal (once per percent, so
 * thousands of updates stay cheap); on a pipe or in CI, one line per 10% so logs stay short.
 */

export type ProgressStream = { isTTY?: boolean; write(text: string): unknown };

export type ProgressBar = {
  /** `fraction` is clamped to 0..1; `detail` is free text after the percentage. */
  update(label: string, fraction: number, detail?: string): void;
  /** Ends the current line on a terminal. */
  finish(): void;
};

const BAR_WIDTH = 30;

export function createProgressBar(stream: ProgressStream): ProgressBar {
  let currentLabel: string | undefined;
  let lastPercent = -1;
  let lastDecile = -1;
  let lineOpen = false;

  return {
    update(label, fraction, detail = "") {
      const clamped = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
      if (label !== currentLabel) {
        if (lineOpen) stream.write("\n");
        lineOpen = false;
        currentLabel = label;
        lastPercent = -1;
        lastDecile = -1;
      }
      if (stream.isTTY) {
        const percent = Math.floor(clamped * 100);
        if (percent === lastPercent) return;
        lastPercent = percent;
        stream.write(`\r${render(label, clamped, detail)}\u001b[K`);
        lineOpen = true;
        return;
      }
      const decile = Math.floor(clamped * 10);
      if (decile === lastDecile) return;
      lastDecile = decile;
      stream.write(`${render(label, clamped, detail)}\n`);
    },
    finish() {
      if (lineOpen) stream.write("\n");
      lineOpen = false;
    },
  };
}

function render(label: string, fraction: number, detail: string): string {
  const filled = Math.round(fraction * BAR_WIDTH);
  const bar = `${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}`;
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${label.padEnd(8)} [${bar}] ${percent}${detail ? `  ${detail}` : ""}`;
}
