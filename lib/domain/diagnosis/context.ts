import { summarizeEvents } from "./event-summary";
import { parseTime, resolveTimeZone } from "./time";
import type { DiagnosisContext, DiagnosisInput } from "./types";

/** Values every finding builder needs, derived once from the input. */
export function buildContext(input: DiagnosisInput): DiagnosisContext {
  return {
    input,
    nowMs: parseTime(input.now),
    timeZone: resolveTimeZone(input.timeZone),
    summary: summarizeEvents(input.events ?? [], input.now),
  };
}
