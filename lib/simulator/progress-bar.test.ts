import { describe, expect, it } from "vitest";
import { createProgressBar } from "./progress-bar";

function recordingStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

describe("createProgressBar", () => {
  it("redraws one line in place on a terminal, once per percent, and starts a new line for a new phase", () => {
    const stream = recordingStream(true);
    const bar = createProgressBar(stream);
    bar.update("users", 0.5, "500/1000");
    bar.update("users", 0.501, "501/1000");
    bar.update("users", 1, "1000/1000");
    bar.update("devices", 0.25);
    bar.finish();
    expect(stream.writes).toEqual([
      `\rusers    [${"#".repeat(15)}${"-".repeat(15)}]  50%  500/1000\u001b[K`,
      `\rusers    [${"#".repeat(30)}] 100%  1000/1000\u001b[K`,
      "\n",
      `\rdevices  [${"#".repeat(8)}${"-".repeat(22)}]  25%\u001b[K`,
      "\n",
    ]);
  });

  it("writes a line about every 10% when not on a terminal", () => {
    const stream = recordingStream(false);
    const bar = createProgressBar(stream);
    for (let done = 0; done <= 1000; done += 1) bar.update("events", done / 1000);
    bar.finish();
    expect(stream.writes).toHaveLength(11);
    expect(stream.writes.every((line) => line.endsWith("\n") && !line.includes("\r"))).toBe(true);
    expect(stream.writes.at(-1)).toContain("100%");
  });

  it("clamps fractions outside 0..1", () => {
    const stream = recordingStream(false);
    const bar = createProgressBar(stream);
    bar.update("events", 1.7);
    bar.update("other", Number.NaN);
    expect(stream.writes[0]).toContain("100%");
    expect(stream.writes[1]).toContain("  0%");
  });
});
