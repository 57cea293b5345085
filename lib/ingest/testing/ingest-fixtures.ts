import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { deviceSnapshotBody } from "@/lib/domain/testing/device-facts";
import { createToken } from "@/lib/tokens/create-token";
import type { DirectoryUser, IngestEvent } from "@/lib/telemetry/schemas";
import { makeDeliveryGroup } from "@/test/support/directory-factories";
import { makeCaller } from "@/test/support/factories";
import { applyDeviceSnapshot } from "../apply-device-snapshot";
import { syncDirectoryUsers } from "../sync-directory-users";

/** Data and requests for the ingestion integration tests; every name and id is unique per call. */

/**
 * True when the tests run on a real PostgreSQL (TEST_DATABASE_URL). The embedded database
 * (PGlite behind pglite-socket) is one session shared by every connection: it queues each
 * wire-protocol message on its own, so statements sent on several connections at once can
 * interleave and fail ("portal does not exist"), and session advisory locks never conflict.
 * Tests of concurrency and of locks therefore need the real server.
 */
export const onRealPostgres = Boolean(process.env.TEST_DATABASE_URL);

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export async function makeToken(): Promise<{ secret: string; tokenId: string }> {
  const created = await createToken(await makeCaller("admin"), { name: unique("test token") });
  return { secret: created.secret, tokenId: created.token.id };
}

/** A delivery group without settings (ingestion does not read them); the one group factory lives in test/support. */
export const makeGroup = () => makeDeliveryGroup(null);

export function directoryUser(group: string, upn = `${unique("user")}@corp.example`): DirectoryUser {
  return { upn, displayName: "Test User", email: upn, group };
}

/** A device of a new directory user in a new group, registered through the same operations as the API. */
export async function makeDevice(): Promise<{ deviceId: string; userId: string; groupId: string; upn: string }> {
  const group = await makeGroup();
  const user = directoryUser(group.name);
  await syncDirectoryUsers(null, { users: [user] });
  const deviceId = unique("device");
  await applyDeviceSnapshot(deviceId, snapshot(user.upn, new Date(Date.now() - 60_000)));
  const stored = await db().directoryUser.findUniqueOrThrow({ where: { upn: user.upn } });
  return { deviceId, userId: stored.id, groupId: group.id, upn: user.upn };
}

/** The ingestion body of a healthy device; the one device fixture lives in lib/domain/testing. */
export const snapshot = deviceSnapshotBody;

export function richEvent(deviceId: string, overrides: Partial<IngestEvent> = {}): IngestEvent {
  return { id: unique("event"), deviceId, occurredAt: new Date(Date.now() - 3_600_000).toISOString(), outcome: "rich", ...overrides };
}

type RequestOptions = { token?: string; headers?: Record<string, string>; rawBody?: BodyInit };

/** A real Request as the route handlers receive it; `rawBody` sends bytes as given. */
export function ingestRequest(method: "POST" | "PUT", path: string, body: unknown, { token, headers = {}, rawBody }: RequestOptions = {}): Request {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: rawBody ?? JSON.stringify(body),
    ...(rawBody instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

export const params = <P>(value: P) => ({ params: Promise.resolve(value) });
