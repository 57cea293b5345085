-- The helpdesk diagnosis's group statistics (lib/helpdesk/group-cause-stats.ts) take a burst's
-- share of the group's rich-path notifications, that is all of them but the sync ones. Counting
-- all from notification_event_groupId_occurredAt_idx and the sync ones from this index keeps both
-- counts index-only, where a filter on outcome would read every row of the group's day.
CREATE INDEX "notification_event_group_sync_idx" ON "notification_event" ("groupId", "occurredAt")
  WHERE "outcome" = 'sync';
