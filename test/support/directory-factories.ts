import { randomInt, randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { HEALTHY_DEVICE_FACTS } from "@/lib/domain/testing/device-facts";
import { db } from "@/lib/db/client";
import { CAUSES, STEPS, type CauseCode, type Step } from "@/lib/domain/outcomes";
import type { GroupSettings } from "@/lib/domain/settings";
import { RICH_PUSH_SETTINGS } from "@/lib/domain/testing/rich-push-settings";
import type { StepTiming } from "@/lib/telemetry/schemas";

/**
 * Directory and telemetry rows written straight to the database for tests: groups with settings,
 * users, devices and notification events. Names and ids are random, so tests never collide.
 */

const SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vi", "del", "mar", "quin", "bel", "zor", "an", "ti", "ros", "wen"];

/** A pronounceable made-up word, e.g. "Quinrosdel": distinctive enough to search for. */
export function randomWord(syllables = 4): string {
  const word = Array.from({ length: syllables }, () => SYLLABLES[randomInt(SYLLABLES.length)]).join("");
  return word[0]!.toUpperCase() + word.slice(1);
}

export { RICH_PUSH_SETTINGS };

export type TestGroup = { id: string; name: string };

export async function makeDeliveryGroup(settings: Partial<GroupSettings> | null = {}): Promise<TestGroup> {
  const values = settings === null ? null : { ...RICH_PUSH_SETTINGS, ...settings };
  return db().deliveryGroup.create({
    data: {
      name: `${randomWord(3)} group ${randomUUID().slice(0, 8)}`,
      ...(values ? { settings: { create: { ...values, gateway: values.gateway ?? null, pushRegion: values.pushRegion ?? null } } } : {}),
    },
    select: { id: true, name: true },
  });
}

export type TestUser = { id: string; upn: string; displayName: string; email: string; groupId: string | null };

export type UserFields = { firstName?: string; lastName?: string; displayName?: string; email?: string; upn?: string };

/** A user named "<first> <last>" with the address first.last.<random>@corp.example as email and UPN. */
export async function makeDirectoryUser(groupId: string | null, fields: UserFields = {}): Promise<TestUser> {
  const { firstName = randomWord(2), lastName = randomWord(4), ...overrides } = fields;
  const address = `${firstName}.${lastName}.${randomUUID().slice(0, 6)}@corp.example`.toLowerCase();
  return db().directoryUser.create({
    data: { displayName: `${firstName} ${lastName}`, email: address, upn: address, groupId, ...overrides },
    select: { id: true, upn: true, displayName: true, email: true, groupId: true },
  });
}

export type DeviceFields = Omit<Prisma.DeviceUncheckedCreateInput, "id" | "userId">;

export async function makeUserDevice(userId: string, overrides: Partial<DeviceFields> = {}): Promise<{ id: string; model: string }> {
  const now = new Date();
  return db().device.create({
    data: {
      id: `device-${randomUUID()}`,
      userId,
      ...HEALTHY_DEVICE_FACTS,
      observedAt: now,
      lastSeenAt: now,
      ...overrides,
    },
    select: { id: true, model: true },
  });
}

/** Per-step timings as a device reports them: healthy steps, then the cause's step failing. */
export function stepsFor(cause: CauseCode | null): StepTiming[] {
  const failing: Step | null = cause ? CAUSES[cause].steps[0] : null;
  const timings: StepTiming[] = [];
  for (const step of STEPS) {
    timings.push({ step, durationMs: step === failing ? 30_000 : 100, ok: step !== failing });
    if (step === failing) break;
  }
  return timings;
}

export type EventSpec = {
  cause?: CauseCode | null;
  /** Shown after a background sync (no rich push): no cause, no path, late by `delayMs`. */
  sync?: boolean;
  delayMs?: number;
  /** Minutes before now. */
  minutesAgo: number;
  badgeCount?: number;
  id?: string;
};

/** Events for one device, each rich, sync, or with its cause's outcome, failed step and timings. */
export async function makeEvents(owner: { userId: string; groupId: string | null; deviceId: string }, specs: readonly EventSpec[]): Promise<string[]> {
  const now = Date.now();
  const rows = specs.map((spec) => {
    const cause = spec.sync ? null : (spec.cause ?? null);
    if (spec.sync) {
      return {
        id: spec.id ?? `event-${randomUUID()}`,
        deviceId: owner.deviceId,
        userId: owner.userId,
        groupId: owner.groupId,
        occurredAt: new Date(now - spec.minutesAgo * 60_000),
        outcome: "sync",
        cause: null,
        failedStep: null,
        delayMs: spec.delayMs ?? null,
        badgeCount: spec.badgeCount ?? null,
      };
    }
    return {
      id: spec.id ?? `event-${randomUUID()}`,
      deviceId: owner.deviceId,
      userId: owner.userId,
      groupId: owner.groupId,
      occurredAt: new Date(now - spec.minutesAgo * 60_000),
      outcome: cause ? CAUSES[cause].outcome : "rich",
      cause,
      failedStep: cause ? CAUSES[cause].steps[0] : null,
      steps: stepsFor(cause),
      badgeCount: spec.badgeCount ?? null,
    };
  });
  await db().notificationEvent.createMany({ data: rows });
  return rows.map((row) => row.id);
}

/** `count` events of one cause, `everyMinutes` apart, the newest `startMinutesAgo` ago. */
export function eventSeries(count: number, startMinutesAgo: number, everyMinutes: number, cause: CauseCode | null = null): EventSpec[] {
  return Array.from({ length: count }, (_, index) => ({ cause, minutesAgo: startMinutesAgo + index * everyMinutes }));
}

/** A user in `groupId` with one device (overridable) and that device's events. */
export async function makeUserWithEvents(
  groupId: string | null,
  { device = {}, events = [] }: { device?: Partial<DeviceFields>; events?: readonly EventSpec[] } = {},
): Promise<{ user: TestUser; deviceId: string }> {
  const user = await makeDirectoryUser(groupId);
  const { id: deviceId } = await makeUserDevice(user.id, device);
  if (events.length > 0) await makeEvents({ userId: user.id, groupId, deviceId }, events);
  return { user, deviceId };
}
