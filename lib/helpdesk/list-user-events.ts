import "server-only";
import { requireResourceId } from "@/lib/contract/resource-id";
import { parseOrThrow } from "@/lib/errors/app-error";
import type { AuditContext } from "@/lib/audit/record-audit";
import { recordViewOnce } from "@/lib/audit/record-view-once";
import { requirePermission, type Caller } from "@/lib/auth/caller";
import { decodeEventCursor } from "./event-cursor";
import { eventsAfter, eventsBefore } from "./query-user-events";
import { requireDirectoryUser } from "./require-directory-user";
import { eventsQuerySchema } from "./schemas";
import { toEventView } from "./to-event-view";
import type { EventsPage } from "./views";

export const EVENTS_VIEW_ACTION = "directory.user_events_view";

/**
 * A user's notification events, newest first, filtered by outcome and cause. `cursor` pages to
 * older events (infinite scroll); `after` returns only events newer than the one named (live
 * updates), with `moreNewer` when the client should ask again straight away.
 */
export async function listUserEvents(caller: Caller | null, userId: unknown, query: unknown, context: AuditContext = {}): Promise<EventsPage> {
  const viewer = requirePermission(caller, "directory:read");
  const id = requireResourceId(userId, "directory user");
  const { cursor, after, outcome, cause, limit } = parseOrThrow(eventsQuerySchema, query);
  await requireDirectoryUser(id);
  const filter = { outcome, cause };
  // A read of the user's notifications, audited once per view: live polls and older pages are the same view.
  await recordViewOnce({ actor: viewer, action: EVENTS_VIEW_ACTION, targetType: "directory_user", targetId: id, details: { outcome: outcome ?? null, cause: cause ?? null }, context }, id);

  if (after) {
    const rows = await eventsAfter(id, filter, decodeEventCursor(after)!, limit + 1);
    const events = rows.slice(0, limit).reverse().map(toEventView);
    return { events, nextCursor: null, moreNewer: rows.length > limit };
  }

  const rows = await eventsBefore(id, filter, cursor ? decodeEventCursor(cursor)! : undefined, limit + 1);
  const events = rows.slice(0, limit).map(toEventView);
  return { events, nextCursor: rows.length > limit ? events.at(-1)!.cursor : null, moreNewer: false };
}
