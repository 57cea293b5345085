-- Helpdesk user search over a large directory (lib/helpdesk/find-users.ts). The expressions must
-- stay identical to the ones the queries use, or the planner cannot use these indexes.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Substring matches (ILIKE '%q%') over name, email and UPN at once.
CREATE INDEX "directory_user_search_trgm_idx" ON "directory_user"
  USING GIN ((lower("displayName" || ' ' || "email" || ' ' || "upn")) gin_trgm_ops);

-- Typo-tolerant matches (word similarity) on the name alone: short strings keep the similarity
-- checks cheap, and addresses, which all share the domain, would make everyone look similar.
CREATE INDEX "directory_user_display_name_trgm_idx" ON "directory_user"
  USING GIN ((lower("displayName")) gin_trgm_ops);

-- Prefix matches (LIKE 'q%'), for queries too short for trigrams and to rank prefixes first.
-- In the "C" collation one index both finds a prefix's range and reads it in order, so taking
-- the first matches stops early however many there are.
CREATE INDEX "directory_user_display_name_prefix_idx" ON "directory_user" ((lower("displayName") COLLATE "C"));
CREATE INDEX "directory_user_email_prefix_idx" ON "directory_user" ((lower("email") COLLATE "C"));
CREATE INDEX "directory_user_upn_prefix_idx" ON "directory_user" ((lower("upn") COLLATE "C"));

-- The helpdesk diagnosis's group statistics (lib/helpdesk/group-cause-stats.ts): which causes hit
-- a group in the last day, and how many users. Only notifications with a cause (about a tenth),
-- carrying what the aggregate reads, so a burst of a hundred thousand failures is counted from
-- the index alone once the visibility map is current.
CREATE INDEX "notification_event_group_cause_idx" ON "notification_event" ("groupId", "occurredAt") INCLUDE ("cause", "userId")
  WHERE "cause" IS NOT NULL;
