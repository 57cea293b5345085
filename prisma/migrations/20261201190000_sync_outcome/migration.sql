-- Delivery without rich push: the `sync` outcome (outcome is text, so stored events stay valid),
-- its delay from mail arrival to display, and the Inbox activity a notification was for.
ALTER TABLE "notification_event" ADD COLUMN "delayMs" INTEGER,
ADD COLUMN "activity" TEXT;
