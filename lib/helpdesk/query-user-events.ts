import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { CauseCode, Outcome } from "@/lib/domain/outcomes";
import type { EventKey } from "./event-cursor";

export type EventFilter = { outcome?: Outcome; cause?: CauseCode };

const BY_TIME_DESC: Prisma.NotificationEventOrderByWithRelationInput[] = [{ occurredAt: "desc" }, { id: "desc" }];
const BY_TIME_ASC: Prisma.NotificationEventOrderByWithRelationInput[] = [{ occurredAt: "asc" }, { id: "asc" }];

function filterWhere(userId: string, filter: EventFilter): Prisma.NotificationEventWhereInput {
  return { userId, ...(filter.outcome ? { outcome: filter.outcome } : {}), ...(filter.cause ? { cause: filter.cause } : {}) };
}

/**
 * One page of a user's events older than `before` (or the newest when absent), newest first.
 * Keyset on (occurredAt, id), the order of the (userId, occurredAt desc, id desc) index, so every
 * page costs the same however deep the scroll.
 */
export function eventsBefore(userId: string, filter: EventFilter, before: EventKey | undefined, take: number) {
  const older: Prisma.NotificationEventWhereInput = before
    ? { OR: [{ occurredAt: { lt: before.occurredAt } }, { occurredAt: before.occurredAt, id: { lt: before.id } }] }
    : {};
  return db().notificationEvent.findMany({ where: { ...filterWhere(userId, filter), ...older }, orderBy: BY_TIME_DESC, take });
}

/**
 * Up to `take` events newer than `after`, the oldest of them first, so that a client catching up
 * in several calls never leaves a gap between what it held and what it got.
 */
export function eventsAfter(userId: string, filter: EventFilter, after: EventKey, take: number) {
  const newer: Prisma.NotificationEventWhereInput = {
    OR: [{ occurredAt: { gt: after.occurredAt } }, { occurredAt: after.occurredAt, id: { gt: after.id } }],
  };
  return db().notificationEvent.findMany({ where: { ...filterWhere(userId, filter), ...newer }, orderBy: BY_TIME_ASC, take });
}
