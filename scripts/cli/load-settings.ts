import { z } from "zod";
import { evaluationInputSchema, type EvaluationInput } from "@/lib/domain/settings";
import { formatIssues } from "@/scripts/cli/format-issues";

// Strict: a misspelt optional field (say `mailNotificationEnabled`) is reported, not silently ignored.
const cliInputSchema = z.strictObject(evaluationInputSchema.shape);

export type LoadResult = { ok: true; input: EvaluationInput } | { ok: false; errors: string[] };

export type TextSources = {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
};

/** Reads one settings object from a file (or standard input for `-`) and validates it. */
export async function loadSettings(source: string, sources: TextSources): Promise<LoadResult> {
  const name = source === "-" ? "standard input" : `"${source}"`;
  let text: string;
  try {
    text = source === "-" ? await sources.readStdin() : await sources.readFile(source);
  } catch (error) {
    return { ok: false, errors: [`cannot read ${name}: ${reason(error)}`] };
  }
  return parseSettings(text, name);
}

export function parseSettings(text: string, name = "input"): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${name} is not valid JSON: ${reason(error)}`] };
  }
  const result = cliInputSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  return { ok: false, errors: formatIssues(result.error.issues, raw) };
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
