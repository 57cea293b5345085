-- Alert channels (webhooks, email) and the log of every delivery attempt to them.
CREATE TABLE "alert_channel" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "url" TEXT,
    "secretCiphertext" TEXT,
    "secretPrefix" TEXT,
    "recipients" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "createdById" TEXT,
    "createdByEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_channel_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "alert_channel_kind_check" CHECK ("kind" IN ('webhook', 'email'))
);

CREATE TABLE "alert_delivery" (
    "id" UUID NOT NULL,
    "channelId" UUID NOT NULL,
    "alertId" UUID NOT NULL,
    "state" TEXT NOT NULL,
    "test" BOOLEAN NOT NULL DEFAULT false,
    "attempt" INTEGER NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "responseCode" INTEGER,
    "error" TEXT,
    "durationMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "alert_delivery_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "alert_delivery_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "alert_channel"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "alert_delivery_channelId_createdAt_idx" ON "alert_delivery"("channelId", "createdAt" DESC);
