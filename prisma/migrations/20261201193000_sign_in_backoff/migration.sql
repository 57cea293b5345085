-- Sign-in throttling by back-off on failures (per account and address, and per address) instead of
-- a fixed window that successes also filled.
CREATE TABLE "sign_in_failure" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMPTZ(3) NOT NULL,
    "blockedUntil" TIMESTAMPTZ(3),
    "auditedBlock" TIMESTAMPTZ(3),

    CONSTRAINT "sign_in_failure_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "sign_in_failure_lastFailureAt_idx" ON "sign_in_failure"("lastFailureAt");
