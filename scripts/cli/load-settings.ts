import { z } from "zod";
import { evaluationInputSchema, type EvaluationInput } from "@/lib/domain/settings";
import { formatIssues } from "@/scripts/cli/format-issues";
import { parseJson, readJson, type TextSources } from "@/scripts/cli/read-source";

export type { TextSources } from "@/scripts/cli/read-source";

// Strict: a misspelt optional field (say `mailNotificationEnabled`) is reported, not silently ignored.
const cliInputSchema = z.strictObject(evaluationInputSchema.shape);

export type LoadResult = { ok: true; input: EvaluationInput } | { ok: false; errors: string[] };

/** Reads one settings object from a file (or standard input for `-`) and validates it. */
export async function loadSettings(source: string, sources: TextSources): Promise<LoadResult> {
  const read = await readJson(source, sources);
  return read.ok ? validate(read.raw) : read;
}

export function parseSettings(text: string, name = "input"): LoadResult {
  const read = parseJson(text, name);
  return read.ok ? validate(read.raw) : read;
}

function validate(raw: unknown): LoadResult {
  const result = cliInputSchema.safeParse(raw);
  if (result.success) return { ok: true, input: result.data };
  return { ok: false, errors: formatIssues(result.error.issues, raw) };
}
