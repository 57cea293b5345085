-- Hourly rollups of notification events, so the dashboard reads a few thousand rows per range
-- instead of scanning millions of events (lib/dashboard/*). They are kept current by statement-
-- level triggers on notification_event, in the same transaction as the INSERT or DELETE that
-- changes the events: an acknowledged event is counted exactly once, a purged one is subtracted,
-- and nothing rescans the event table. Hours are cut in UTC.
--
-- The group of an event is the group its user belonged to when the event was ingested (stored on
-- the event by lib/ingest/store-events.ts): a user who moves keeps their history where it
-- happened. "No group" is the all-zero uuid and "no cause" the empty string, so both can be part
-- of a primary key.

-- Notifications per hour × group × outcome × cause.
CREATE TABLE "event_hourly_rollup" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "groupId" UUID NOT NULL,
    "outcome" TEXT NOT NULL,
    "cause" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "event_hourly_rollup_pkey" PRIMARY KEY ("hour", "groupId", "outcome", "cause")
);

-- Delays of notifications after sync, per hour × group × delay bucket, for the median delay:
-- whole seconds under a minute, whole minutes above (the precision the console shows them in).
CREATE TABLE "sync_delay_hourly_rollup" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "groupId" UUID NOT NULL,
    "delayMs" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "sync_delay_hourly_rollup_pkey" PRIMARY KEY ("hour", "groupId", "delayMs")
);

-- For counts of users: the last hour in which a user had a notification of an outcome and cause,
-- in a group. The users with one in a range that ends now are the rows whose last hour is in it,
-- so "how many users" costs one row per user and kind, never a distinct count over events.
CREATE TABLE "event_user_last_hour" (
    "userId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "outcome" TEXT NOT NULL,
    "cause" TEXT NOT NULL,
    "lastHour" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "event_user_last_hour_pkey" PRIMARY KEY ("userId", "groupId", "outcome", "cause")
);
CREATE INDEX "event_user_last_hour_lastHour_idx" ON "event_user_last_hour" ("lastHour") INCLUDE ("outcome", "cause", "groupId", "userId");

CREATE FUNCTION event_rollup_delay_bucket(delay INTEGER) RETURNS INTEGER LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN delay < 59500 THEN (round(delay / 1000.0) * 1000)::int ELSE (round(delay / 60000.0) * 60000)::int END
$$;

-- Rows go in key order so that concurrent batches take the rollup rows' locks in the same order
-- and cannot deadlock (the same reason store-events.ts inserts in id order).
CREATE FUNCTION event_rollup_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_hourly_rollup AS r ("hour", "groupId", outcome, cause, count)
  SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", '00000000-0000-0000-0000-000000000000'), outcome, coalesce(cause, ''), count(*)
  FROM new_events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("hour", "groupId", outcome, cause) DO UPDATE SET count = r.count + EXCLUDED.count;

  INSERT INTO sync_delay_hourly_rollup AS r ("hour", "groupId", "delayMs", count)
  SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", '00000000-0000-0000-0000-000000000000'), event_rollup_delay_bucket("delayMs"), count(*)
  FROM new_events WHERE outcome = 'sync' AND "delayMs" IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("hour", "groupId", "delayMs") DO UPDATE SET count = r.count + EXCLUDED.count;

  -- Most batches repeat a user's kind within the same hour: the WHERE leaves those rows as they are.
  INSERT INTO event_user_last_hour AS l ("userId", "groupId", outcome, cause, "lastHour")
  SELECT "userId", coalesce("groupId", '00000000-0000-0000-0000-000000000000'), outcome, coalesce(cause, ''), max(date_trunc('hour', "occurredAt", 'UTC'))
  FROM new_events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("userId", "groupId", outcome, cause) DO UPDATE SET "lastHour" = EXCLUDED."lastHour" WHERE l."lastHour" < EXCLUDED."lastHour";
  RETURN NULL;
END
$$;

-- Deletes (the retention purge, lib/retention/purge-old-events.ts) subtract what they removed;
-- rows that reach zero go, so purged hours leave no rollups behind.
CREATE FUNCTION event_rollup_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_hourly_rollup AS r ("hour", "groupId", outcome, cause, count)
  SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", '00000000-0000-0000-0000-000000000000'), outcome, coalesce(cause, ''), -count(*)
  FROM old_events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("hour", "groupId", outcome, cause) DO UPDATE SET count = r.count + EXCLUDED.count;
  DELETE FROM event_hourly_rollup
  WHERE count <= 0 AND "hour" IN (SELECT DISTINCT date_trunc('hour', "occurredAt", 'UTC') FROM old_events);

  INSERT INTO sync_delay_hourly_rollup AS r ("hour", "groupId", "delayMs", count)
  SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", '00000000-0000-0000-0000-000000000000'), event_rollup_delay_bucket("delayMs"), -count(*)
  FROM old_events WHERE outcome = 'sync' AND "delayMs" IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("hour", "groupId", "delayMs") DO UPDATE SET count = r.count + EXCLUDED.count;
  DELETE FROM sync_delay_hourly_rollup
  WHERE count <= 0 AND "hour" IN (SELECT DISTINCT date_trunc('hour', "occurredAt", 'UTC') FROM old_events WHERE outcome = 'sync');

  -- A user's last hour of a kind changes only when an event of that very hour went. Such rows
  -- are dropped when no event of the kind is left, else set to the latest one left (found on the
  -- user's events index).
  DELETE FROM event_user_last_hour l
  USING old_events o
  WHERE l."userId" = o."userId" AND l."groupId" = coalesce(o."groupId", '00000000-0000-0000-0000-000000000000')
    AND l.outcome = o.outcome AND l.cause = coalesce(o.cause, '') AND l."lastHour" = date_trunc('hour', o."occurredAt", 'UTC')
    AND NOT EXISTS (
      SELECT FROM notification_event e
      WHERE e."userId" = l."userId" AND coalesce(e."groupId", '00000000-0000-0000-0000-000000000000') = l."groupId"
        AND e.outcome = l.outcome AND coalesce(e.cause, '') = l.cause);
  UPDATE event_user_last_hour l SET "lastHour" = (
      SELECT date_trunc('hour', max(e."occurredAt"), 'UTC') FROM notification_event e
      WHERE e."userId" = l."userId" AND coalesce(e."groupId", '00000000-0000-0000-0000-000000000000') = l."groupId"
        AND e.outcome = l.outcome AND coalesce(e.cause, '') = l.cause)
  FROM (SELECT DISTINCT "userId", coalesce("groupId", '00000000-0000-0000-0000-000000000000') AS "groupId", outcome, coalesce(cause, '') AS cause,
          date_trunc('hour', "occurredAt", 'UTC') AS "hour" FROM old_events) AS o
  WHERE l."userId" = o."userId" AND l."groupId" = o."groupId" AND l.outcome = o.outcome AND l.cause = o.cause AND l."lastHour" = o."hour";
  RETURN NULL;
END
$$;

-- Emptying the events empties what is derived from them.
CREATE FUNCTION event_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE event_hourly_rollup, sync_delay_hourly_rollup, event_user_last_hour;
  RETURN NULL;
END
$$;

CREATE TRIGGER notification_event_rollup_insert AFTER INSERT ON "notification_event"
  REFERENCING NEW TABLE AS new_events FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_after_insert();
CREATE TRIGGER notification_event_rollup_delete AFTER DELETE ON "notification_event"
  REFERENCING OLD TABLE AS old_events FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_after_delete();
CREATE TRIGGER notification_event_rollup_truncate AFTER TRUNCATE ON "notification_event"
  FOR EACH STATEMENT EXECUTE FUNCTION event_rollup_after_truncate();

-- Events stored before this migration.
INSERT INTO event_hourly_rollup ("hour", "groupId", outcome, cause, count)
SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", '00000000-0000-0000-0000-000000000000'), outcome, coalesce(cause, ''), count(*)
FROM notification_event GROUP BY 1, 2, 3, 4;
INSERT INTO sync_delay_hourly_rollup ("hour", "groupId", "delayMs", count)
SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", '00000000-0000-0000-0000-000000000000'), event_rollup_delay_bucket("delayMs"), count(*)
FROM notification_event WHERE outcome = 'sync' AND "delayMs" IS NOT NULL GROUP BY 1, 2, 3;
INSERT INTO event_user_last_hour ("userId", "groupId", outcome, cause, "lastHour")
SELECT "userId", coalesce("groupId", '00000000-0000-0000-0000-000000000000'), outcome, coalesce(cause, ''), max(date_trunc('hour', "occurredAt", 'UTC'))
FROM notification_event GROUP BY 1, 2, 3, 4;
