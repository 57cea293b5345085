-- Alert rules, their alerts with a history of evidence, and the outbox of verdict flips
-- (lib/alerts). Evaluation reads notification events through the existing group indexes
-- (lib/alerts/cause-rate-counts.ts), so no index on notification_event is added here.

-- A rule: its kind decides the shape of `config` (lib/alerts/kinds). A rule of one group, or of
-- every group when "groupId" is null.
CREATE TABLE "alert_rule" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "groupId" UUID,
    "config" JSONB NOT NULL,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_rule_pkey" PRIMARY KEY ("id")
);

-- An alert of one rule in one group. "openKey" is "<ruleId>:<groupId>" while it fires and null
-- once resolved: its unique index is what keeps a second evaluator (another app instance) from
-- opening a duplicate alert; resolved alerts (null keys) never collide.
CREATE TABLE "alert" (
    "id" UUID NOT NULL,
    "ruleId" UUID NOT NULL,
    "groupId" UUID,
    "groupName" TEXT,
    "state" TEXT NOT NULL,
    "openKey" TEXT,
    "evidence" JSONB NOT NULL,
    "firedAt" TIMESTAMPTZ(3) NOT NULL,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "alert_pkey" PRIMARY KEY ("id")
);

-- The alert's history: one row when it fires and one when it resolves, each with its evidence.
-- "notifiedAt" is set once the change was handed to the channels' queue; rows still null are
-- handed over again by the next evaluation.
CREATE TABLE "alert_event" (
    "id" BIGSERIAL NOT NULL,
    "alertId" UUID NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "state" TEXT NOT NULL,
    "evidence" JSONB NOT NULL,
    "notifiedAt" TIMESTAMPTZ(3),

    CONSTRAINT "alert_event_pkey" PRIMARY KEY ("id")
);

-- A group's rich-push verdict changed: written in the transaction of the policy write (save,
-- import, revert), read and marked by the next evaluation.
CREATE TABLE "verdict_flip" (
    "id" BIGSERIAL NOT NULL,
    "groupId" UUID NOT NULL,
    "groupName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromVersion" INTEGER NOT NULL,
    "toVersion" INTEGER NOT NULL,
    "richPushSupported" BOOLEAN NOT NULL,
    "failingRules" TEXT[],
    "actorEmail" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "evaluatedAt" TIMESTAMPTZ(3),

    CONSTRAINT "verdict_flip_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "alert_rule_groupId_idx" ON "alert_rule"("groupId");
CREATE UNIQUE INDEX "alert_openKey_key" ON "alert"("openKey");
CREATE INDEX "alert_ruleId_state_idx" ON "alert"("ruleId", "state");
CREATE INDEX "alert_state_firedAt_idx" ON "alert"("state", "firedAt" DESC);
CREATE INDEX "alert_event_alertId_at_idx" ON "alert_event"("alertId", "at");
-- Only the flips not yet evaluated: a handful, however long the table grows.
CREATE INDEX "verdict_flip_pending_idx" ON "verdict_flip"("id") WHERE "evaluatedAt" IS NULL;
CREATE INDEX "alert_event_pending_idx" ON "alert_event"("id") WHERE "notifiedAt" IS NULL;

ALTER TABLE "alert_rule" ADD CONSTRAINT "alert_rule_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "delivery_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert" ADD CONSTRAINT "alert_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "alert_rule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert_event" ADD CONSTRAINT "alert_event_alertId_fkey" FOREIGN KEY ("alertId") REFERENCES "alert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "verdict_flip" ADD CONSTRAINT "verdict_flip_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "delivery_group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
