import type { CauseCode } from "@/lib/domain/outcomes";
import type { RuleId } from "@/lib/domain/prerequisites/types";
import type { DeviceWarningCode } from "./types";
export type FindingId =
  | `rule:${RuleId}` | `device:${DeviceWarningCode}` | "device:none"
  | `group-burst:${CauseCode}` | `events:${CauseCode}` | "all-clear";
