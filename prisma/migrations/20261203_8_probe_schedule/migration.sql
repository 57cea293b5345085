-- Scheduled connectivity checks: who started a run (a person or the schedule), and each group's
-- schedule. A group without a row is checked hourly (the default the issue names).
ALTER TABLE "probe_run" ADD COLUMN "trigger" TEXT NOT NULL DEFAULT 'manual';

CREATE INDEX "probe_run_groupId_trigger_startedAt_idx" ON "probe_run"("groupId", "trigger", "startedAt" DESC);

CREATE TABLE "probe_schedule" (
    "groupId" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "intervalMinutes" INTEGER NOT NULL DEFAULT 60,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedByEmail" TEXT,

    CONSTRAINT "probe_schedule_pkey" PRIMARY KEY ("groupId")
);

ALTER TABLE "probe_schedule" ADD CONSTRAINT "probe_schedule_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "delivery_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
