import { summarize } from "@/lib/domain/prerequisites/evaluate";
import type { Evaluation } from "@/lib/domain/prerequisites/types";

const INDENT_COLUMNS = 2;

/** The evaluation as a plain-text table: one row per rule, detail and remedy under each non-passing one. */
export function formatVerdict(evaluation: Evaluation): string {
  const idWidth = Math.max("RULE".length, ...evaluation.checks.map((check) => check.id.length)) + INDENT_COLUMNS;
  const statusWidth = Math.max("STATUS".length, ...evaluation.checks.map((check) => check.status.length)) + INDENT_COLUMNS;
  const under = " ".repeat(idWidth + statusWidth);

  const lines = ["RULE".padEnd(idWidth) + "STATUS".padEnd(statusWidth) + "CHECK"];
  for (const check of evaluation.checks) {
    lines.push(check.id.padEnd(idWidth) + check.status.padEnd(statusWidth) + check.title);
    if (check.status === "pass") continue;
    lines.push(under + check.detail);
    if (check.remediation) lines.push(`${under}Remedy: ${check.remediation}`);
  }

  lines.push("", verdictLine(evaluation), "");
  lines.push(evaluation.richPushSupported ? "Note:" : "What users get instead:");
  for (const consequence of evaluation.consequences) lines.push(`  - ${consequence}`);
  return lines.join("\n");
}

export function verdictLine(evaluation: Evaluation): string {
  const counts = summarize(evaluation);
  const notes = [
    plural(counts.fail, "failing check"),
    plural(counts.warn, "warning"),
    counts.unknown > 0 ? `${counts.unknown} to confirm per user` : "",
  ].filter(Boolean);
  const suffix = notes.length > 0 ? ` (${notes.join(", ")})` : "";
  return evaluation.richPushSupported
    ? `Verdict: rich push notifications are supported${suffix}.`
    : `Verdict: rich push notifications are NOT supported${suffix}.`;
}

function plural(count: number, noun: string): string {
  if (count === 0) return "";
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
