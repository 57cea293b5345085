import { readdirSync, readFileSync } from "node:fs";

/** Peak resident set (VmHWM) of a process and its descendants, in MB; from /proc, so Linux only. */
export function peakRssMb(rootPid: number): { processMb: number; treeMb: number } | null {
  try {
    const pids = descendantsOf(rootPid);
    const peaks = pids.map((pid) => statusKb(pid, "VmHWM") ?? 0);
    return { processMb: Math.max(...peaks) / 1024, treeMb: peaks.reduce((sum, kb) => sum + kb, 0) / 1024 };
  } catch {
    return null;
  }
}

function statusKb(pid: number, field: string): number | null {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) : null;
}

/** `next start` may fork workers; their memory is the server's too. */
function descendantsOf(pid: number): number[] {
  const found = [pid];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const children = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
    for (const child of children ? children.split(/\s+/).map(Number) : []) found.push(...descendantsOf(child));
  }
  return found;
}
