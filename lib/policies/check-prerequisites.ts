import "server-only";
import { parseOrThrow } from "@/lib/errors/app-error";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { evaluate, summarize, type Evaluation, type EvaluationSummary } from "@/lib/domain/prerequisites";
import { evaluationInputSchema } from "@/lib/domain/settings";

/** Evaluates settings (optionally with one user's device facts) without saving anything. */
export async function checkPrerequisites(caller: Caller | null, input: unknown): Promise<Evaluation & { summary: EvaluationSummary }> {
  requirePermission(caller, "policy:read");
  const evaluation = evaluate(parseOrThrow(evaluationInputSchema, input));
  return { ...evaluation, summary: summarize(evaluation) };
}
