import { z } from "zod";
import { FAILURE_CAUSES, GENERIC_CAUSES, OUTCOMES, isCauseValidFor } from "@/lib/domain/outcomes";
import { storedText } from "@/lib/domain/text";
import { isEventCursor } from "./event-cursor";

/** Query parameters of the helpdesk API, shared by the routes and the page's hooks. */

export const SEARCH_PAGE_SIZE = 20;
export const EVENTS_PAGE_SIZE = 50;
/** Search pages stop here: beyond it the helpdesk should type more, not page on. */
export const MAX_SEARCH_OFFSET = 1_000;

export const searchQuerySchema = z.object({
  query: storedText(100).min(1, "must not be empty"),
  cursor: z
    .string()
    .regex(/^\d{1,4}$/, "must be a cursor from a previous page")
    .transform(Number)
    .refine((offset) => offset <= MAX_SEARCH_OFFSET, `must not go beyond ${MAX_SEARCH_OFFSET} results`)
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(SEARCH_PAGE_SIZE),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

const eventCursorSchema = z.string().refine(isEventCursor, "must be a cursor from a previous page");

export const eventsQuerySchema = z
  .object({
    cursor: eventCursorSchema.optional().meta({ description: "Older than this event (nextCursor of the previous page)" }),
    after: eventCursorSchema.optional().meta({ description: "Newer than this event (live updates): the cursor of the newest event held; not with cursor" }),
    outcome: z.enum(OUTCOMES).optional().meta({ description: "rich, sync (after a background sync, without rich push), generic or failure" }),
    cause: z
      .enum([...GENERIC_CAUSES, ...FAILURE_CAUSES])
      .optional()
      .meta({
        description: "A cause of the outcome given, if any; rich and sync have none, so outcome=rich or outcome=sync with a cause is a 422 naming cause",
      }),
    limit: z.coerce.number().int().min(1).max(200).default(EVENTS_PAGE_SIZE),
  })
  .superRefine((query, ctx) => {
    if (query.cursor && query.after) {
      ctx.addIssue({ code: "custom", path: ["after"], message: "cannot be combined with cursor" });
    }
    if (query.outcome && query.cause && !isCauseValidFor(query.outcome, query.cause)) {
      ctx.addIssue({ code: "custom", path: ["cause"], message: `does not belong to outcome ${query.outcome}` });
    }
  });
export type EventsQuery = z.output<typeof eventsQuerySchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const diagnosisQuerySchema = z.object({
  tz: z
    .string()
    .max(64)
    .refine(isTimeZone, "must be an IANA time zone such as Europe/Berlin")
    .optional()
    .meta({ description: 'IANA time zone for clock times in headlines ("Since 09:12"); UTC by default' }),
});
