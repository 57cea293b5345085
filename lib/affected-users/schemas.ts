import { z } from "zod";
import { FAILURE_CAUSES, GENERIC_CAUSES, OUTCOMES, isCauseValidFor, type CauseCode, type Outcome } from "@/lib/domain/outcomes";
import { storedDateTime } from "@/lib/domain/text";
import { AFFECTED_SORTS, decodeAffectedCursor, MAX_CURSOR_LENGTH } from "./cursor";
import { isDeviceFact, parseDeviceFact } from "./device-fact";

/** Query parameters of the affected-users list and its CSV export, shared by the routes and the page. */

export const AFFECTED_PAGE_SIZE = 50;
/** Without `from`, the list covers this long before `to` (the dashboard's shortest range). */
export const DEFAULT_RANGE_HOURS = 24;
/**
 * The longest range one request may cover: the dashboard's longest (30 days) and a day of slack.
 * It bounds the events one list aggregates; events are kept 30 days by default anyway.
 */
export const MAX_RANGE_DAYS = 31;

const filterShape = {
  groupId: z.uuid("must be a delivery group id").optional().meta({ description: "Delivery group the notification was counted in" }),
  cause: z.enum([...GENERIC_CAUSES, ...FAILURE_CAUSES]).optional().meta({ description: "Cause code of the notification (generic and failure outcomes only)" }),
  outcome: z.enum(OUTCOMES).optional().meta({ description: "rich, sync, generic or failure" }),
  fact: z
    .string()
    .max(100, "must be at most 100 characters")
    .superRefine((text, ctx) => {
      const parsed = parseDeviceFact(text);
      if (!isDeviceFact(parsed)) ctx.addIssue({ code: "custom", message: parsed.error });
    })
    .optional()
    .meta({ description: "A fact of the device the notification came from, as name=value (for example lowPowerMode=true); its current telemetry" }),
  from: storedDateTime().optional().meta({ description: `Start of the range, inclusive; ${DEFAULT_RANGE_HOURS} hours before to by default` }),
  to: storedDateTime().optional().meta({ description: "End of the range, exclusive; now by default" }),
  sort: z.enum(AFFECTED_SORTS).default("count").meta({ description: "count (most notifications first), last (latest first) or name (A–Z); ties by user id" }),
};

type FilterFields = { outcome?: string; cause?: string; from?: string; to?: string };

function checkFilter(query: FilterFields, ctx: z.RefinementCtx) {
  if (query.outcome && query.cause && !isCauseValidFor(query.outcome as Outcome, query.cause as CauseCode)) {
    ctx.addIssue({ code: "custom", path: ["cause"], message: `does not belong to outcome ${query.outcome}` });
  }
  if (query.from && query.to) {
    const span = Date.parse(query.to) - Date.parse(query.from);
    if (span <= 0) ctx.addIssue({ code: "custom", path: ["to"], message: "must be after from" });
    else if (span > MAX_RANGE_DAYS * 86_400_000) ctx.addIssue({ code: "custom", path: ["from"], message: `must be at most ${MAX_RANGE_DAYS} days before to` });
  }
}

export const affectedExportQuerySchema = z.object(filterShape).superRefine(checkFilter);
export type AffectedExportQuery = z.output<typeof affectedExportQuerySchema>;

export const affectedListQuerySchema = z
  .object({
    ...filterShape,
    cursor: z
      .string()
      .max(MAX_CURSOR_LENGTH, "must be a cursor from a previous page")
      .refine((text) => decodeAffectedCursor(text) !== null, "must be a cursor from a previous page")
      .optional()
      .meta({ description: "nextCursor of the previous page, with the same filters and sort" }),
    limit: z.coerce.number().int().min(1).max(200).default(AFFECTED_PAGE_SIZE),
  })
  .superRefine((query, ctx) => {
    checkFilter(query, ctx);
    const cursor = query.cursor ? decodeAffectedCursor(query.cursor) : null;
    if (!cursor) return;
    if (cursor.sort !== query.sort) ctx.addIssue({ code: "custom", path: ["cursor"], message: `belongs to sort=${cursor.sort}, not sort=${query.sort}` });
    if (query.to && Date.parse(query.to) !== Date.parse(cursor.to)) ctx.addIssue({ code: "custom", path: ["cursor"], message: "belongs to another time range" });
  });
export type AffectedListQuery = z.output<typeof affectedListQuerySchema>;
