-- The "Affected users" list of one cause across the fleet (lib/affected-users/query-affected-users.ts),
-- the drill-down of a top-causes chart segment. Without it the range is read from
-- notification_event_occurredAt_idx and every event without that cause is fetched and dropped
-- (on 2,000,000 events over 30 days, 24 hours: 66,000 rows read for 1,300 kept, 474 ms; with it,
-- an index-only scan of the 1,300, 77 ms). Only notifications with a cause, so ingestion pays for
-- a small share of events; carrying the user and outcome keeps the aggregate index-only.
-- Prisma's schema cannot express a partial index with INCLUDE, so, like
-- notification_event_group_cause_idx, it lives in this migration only.
CREATE INDEX "notification_event_cause_time_idx" ON "notification_event" ("cause", "occurredAt") INCLUDE ("userId", "outcome")
  WHERE "cause" IS NOT NULL;
