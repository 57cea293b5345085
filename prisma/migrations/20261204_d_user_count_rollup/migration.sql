-- Users counted without reading one row per user. event_user_last_hour (migration event_rollups)
-- made "how many users had X in the range" cost one row per user and kind: on 100,000 users that
-- is ~170,000 rows hashed per 30-day dashboard, 228× an indexed lookup. A per-day distinct rollup
-- would be worse (up to 31 rows per user). Instead each user's last hour is kept once per counted
-- kind, and beside it how many users have each last hour: the users of a range that ends with the
-- current hour are the sum over its hours, at most 720 hours × (outcomes + causes + groups) rows,
-- whatever the number of users.
--
-- The kinds counted (lib/dashboard/rollup-rows.ts): 'outcome' (key: the outcome), 'cause' (a
-- cause of a rich-path fallback, "You have new mail" or a failure message) and 'group' (the
-- group, all-zero uuid for none, of users with such a fallback).

CREATE TABLE "event_user_last_seen" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "lastHour" TIMESTAMPTZ(3) NOT NULL,
    -- The last hour before the latest move, set by the insert trigger in the same statement that
    -- moves the row, so its RETURNING knows which hour lost the user (PostgreSQL 15 has no
    -- RETURNING old). Read nowhere else; the delete path leaves it as it is.
    "previousHour" TIMESTAMPTZ(3),
    CONSTRAINT "event_user_last_seen_pkey" PRIMARY KEY ("kind", "key", "userId")
);

-- Users per kind × key whose last hour is `hour`; hour leads so a range reads by the key.
CREATE TABLE "event_users_by_last_hour" (
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "users" INTEGER NOT NULL,
    CONSTRAINT "event_users_by_last_hour_pkey" PRIMARY KEY ("hour", "kind", "key")
);

-- The last-hour table it replaces; nothing else reads it.
DROP TABLE "event_user_last_hour";

-- The kinds an event counts its user in, as (kind, key) rows. Inlined by the planner.
CREATE FUNCTION event_user_kinds(outcome TEXT, cause TEXT, "groupId" UUID) RETURNS TABLE (kind TEXT, key TEXT) LANGUAGE sql IMMUTABLE AS $$
  SELECT k.kind, k.key FROM (VALUES
    ('outcome', outcome),
    ('cause', CASE WHEN outcome IN ('generic', 'failure') AND cause <> '' THEN cause END),
    ('group', CASE WHEN outcome IN ('generic', 'failure') THEN coalesce("groupId", '00000000-0000-0000-0000-000000000000')::text END)
  ) AS k (kind, key) WHERE k.key IS NOT NULL
$$;

-- Insert path. Each statement takes its rows' locks in key order, and every transaction goes
-- through the tables in the same order (hourly rollups, last hours, per-hour user counts), so
-- concurrent batches cannot deadlock (the same reason store-events.ts inserts in id order).
CREATE OR REPLACE FUNCTION event_rollup_after_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_hourly_rollup AS r ("hour", "groupId", outcome, cause, count)
  SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", '00000000-0000-0000-0000-000000000000'), outcome, coalesce(cause, ''), count(*)
  FROM new_events GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("hour", "groupId", outcome, cause) DO UPDATE SET count = r.count + EXCLUDED.count;

  INSERT INTO sync_delay_hourly_rollup AS r ("hour", "groupId", "delayMs", count)
  SELECT date_trunc('hour', "occurredAt", 'UTC'), coalesce("groupId", '00000000-0000-0000-0000-000000000000'), event_rollup_delay_bucket("delayMs"), count(*)
  FROM new_events WHERE outcome = 'sync' AND "delayMs" IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("hour", "groupId", "delayMs") DO UPDATE SET count = r.count + EXCLUDED.count;

  -- Most batches repeat a user's kind within the same hour: the WHERE leaves those rows as they
  -- are, and RETURNING gives only the users who arrive (previousHour null) or move.
  WITH moved AS (
    INSERT INTO event_user_last_seen AS l (kind, key, "userId", "lastHour")
    SELECT k.kind, k.key, e."userId", max(date_trunc('hour', e."occurredAt", 'UTC'))
    FROM new_events e CROSS JOIN LATERAL event_user_kinds(e.outcome, e.cause, e."groupId") AS k
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (kind, key, "userId") DO UPDATE SET "previousHour" = l."lastHour", "lastHour" = EXCLUDED."lastHour"
    WHERE l."lastHour" < EXCLUDED."lastHour"
    RETURNING l.kind, l.key, l."previousHour", l."lastHour"
  )
  INSERT INTO event_users_by_last_hour AS u ("hour", kind, key, users)
  SELECT "hour", kind, key, sum(delta) FROM (
    SELECT "lastHour" AS "hour", kind, key, 1 AS delta FROM moved
    UNION ALL
    SELECT "previousHour", kind, key, -1 FROM moved WHERE "previousHour" IS NOT NULL
  ) AS d GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("hour", kind, key) DO UPDATE SET users = u.users + EXCLUDED.users;
  RETURN NULL;
END
$$;

-- Delete path (the retention purge, lib/retention/purge-old-events.ts). A user's last hour of a
-- kind changes only when an event of that very hour went: such rows are set to the latest event
-- of the kind left (found on the user's events index), or dropped when none is left, and the
-- per-hour counts follow. Counts that reached zero in the purged hours go.
CREATE OR REPLACE FUNCTION event_rollup_after_delete() RETURNS trigger LANGUAGE plpgsql AS $$
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

  WITH gone AS (
    SELECT k.kind, k.key, o."userId", max(date_trunc('hour', o."occurredAt", 'UTC')) AS "hour"
    FROM old_events o CROSS JOIN LATERAL event_user_kinds(o.outcome, o.cause, o."groupId") AS k
    GROUP BY 1, 2, 3
  ), locked AS (
    SELECT l.kind, l.key, l."userId", l."lastHour" AS was
    FROM event_user_last_seen l JOIN gone g ON g.kind = l.kind AND g.key = l.key AND g."userId" = l."userId"
    WHERE l."lastHour" = g."hour"
    ORDER BY l.kind, l.key, l."userId"
    FOR UPDATE OF l
  ), recounted AS (
    SELECT m.*, (
      SELECT date_trunc('hour', max(e."occurredAt"), 'UTC') FROM notification_event e
      WHERE e."userId" = m."userId" AND EXISTS (
        SELECT FROM event_user_kinds(e.outcome, e.cause, e."groupId") AS k WHERE k.kind = m.kind AND k.key = m.key)
    ) AS "hour"
    FROM locked m
  ), dropped AS (
    DELETE FROM event_user_last_seen l USING recounted r
    WHERE l.kind = r.kind AND l.key = r.key AND l."userId" = r."userId" AND r."hour" IS NULL
  ), moved AS (
    UPDATE event_user_last_seen l SET "lastHour" = r."hour" FROM recounted r
    WHERE l.kind = r.kind AND l.key = r.key AND l."userId" = r."userId" AND r."hour" <> r.was
  )
  INSERT INTO event_users_by_last_hour AS u ("hour", kind, key, users)
  SELECT "hour", kind, key, sum(delta) FROM (
    SELECT was AS "hour", kind, key, -1 AS delta FROM recounted WHERE "hour" IS DISTINCT FROM was
    UNION ALL
    SELECT "hour", kind, key, 1 FROM recounted WHERE "hour" <> was
  ) AS d GROUP BY 1, 2, 3 HAVING sum(delta) <> 0 ORDER BY 1, 2, 3
  ON CONFLICT ("hour", kind, key) DO UPDATE SET users = u.users + EXCLUDED.users;

  DELETE FROM event_users_by_last_hour u USING (
    SELECT "hour", kind, key FROM event_users_by_last_hour
    WHERE users <= 0 AND "hour" <= (SELECT max(date_trunc('hour', "occurredAt", 'UTC')) FROM old_events)
    ORDER BY 1, 2, 3 FOR UPDATE
  ) AS z
  WHERE u."hour" = z."hour" AND u.kind = z.kind AND u.key = z.key AND u.users <= 0;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION event_rollup_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE event_hourly_rollup, sync_delay_hourly_rollup, event_user_last_seen, event_users_by_last_hour;
  RETURN NULL;
END
$$;

-- Events stored before this migration.
INSERT INTO event_user_last_seen (kind, key, "userId", "lastHour")
SELECT k.kind, k.key, e."userId", max(date_trunc('hour', e."occurredAt", 'UTC'))
FROM notification_event e CROSS JOIN LATERAL event_user_kinds(e.outcome, e.cause, e."groupId") AS k
GROUP BY 1, 2, 3;
INSERT INTO event_users_by_last_hour ("hour", kind, key, users)
SELECT "lastHour", kind, key, count(*) FROM event_user_last_seen GROUP BY 1, 2, 3;
