import { describe, expect, it } from "vitest";
import { OUTCOMES } from "@/lib/domain/outcomes";
import { DELIVERY_DESCRIPTIONS } from "@/lib/contract/delivery-descriptions";
import { openApiDocument } from "@/lib/openapi/document";
import { ingestEventSchema } from "@/lib/telemetry/schemas";
import { toEventView } from "./to-event-view";

type Schema = { properties?: Record<string, Schema>; items?: Schema; required?: string[]; enum?: unknown[]; description?: string };

const document = openApiDocument();
const paths = document.paths;

/** A component reference ("#/components/schemas/X") replaced by the component itself. */
function resolve(value: unknown): unknown {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== "string") return value;
  return resolve(ref.replace(/^#\//, "").split("/").reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], document));
}

/** Walks the document by keys (through component references), failing with the path that is missing. */
function at(value: unknown, ...keys: string[]): Schema {
  let current = resolve(value);
  for (const key of keys) {
    current = resolve((current as Record<string, unknown> | undefined)?.[key]);
    if (current === undefined) throw new Error(`OpenAPI document has nothing at ${keys.join(".")}`);
  }
  return current as Schema;
}

/** The values a schema allows: its enum, or those of a nullable enum (anyOf an enum and null). */
function allowed(schema: Schema & { anyOf?: (Schema & { type?: string })[] }): unknown[] {
  if (schema.enum) return schema.enum;
  return (schema.anyOf ?? []).flatMap((option) => option.enum ?? (option.type === "null" ? [null] : []));
}
const body = (schema: unknown) => at(schema, "content", "application/json", "schema");
const ingestedEvent = at(body(at(paths, "/api/v1/ingest/events", "post", "requestBody")), "properties", "events", "items");
const eventView = at(body(at(paths, "/api/v1/users/{id}/events", "get", "responses", "200")), "properties", "events", "items");

describe("the two delivery modes in the OpenAPI document", () => {
  it("documents every field an ingested event may carry, sync's delayMs and activity included", () => {
    expect(Object.keys(ingestedEvent.properties!).sort()).toEqual(Object.keys(ingestEventSchema.shape).sort());
    expect(ingestedEvent.properties!.outcome!.enum).toEqual([...OUTCOMES]);
  });

  it("documents every field of a timeline event as the API returns it", () => {
    const view = toEventView({
      id: "e",
      deviceId: "d",
      userId: "00000000-0000-4000-8000-000000000001",
      groupId: null,
      occurredAt: new Date(),
      receivedAt: new Date(),
      outcome: "sync",
      cause: null,
      failedStep: null,
      steps: null,
      badgeCount: 7,
      delayMs: 60_000,
      activity: "new_mail",
    });
    expect([...eventView.required!].sort()).toEqual(Object.keys(view).sort());
    expect(Object.keys(eventView.properties!).sort()).toEqual(Object.keys(view).sort());
  });

  it("describes the badge, the delay, the activity and the outcome in the same words on the way in and out", () => {
    for (const field of ["badgeCount", "activity", "outcome", "cause"] as const) {
      expect(ingestedEvent.properties![field]!.description).toBe(DELIVERY_DESCRIPTIONS[field]);
      expect(eventView.properties![field]!.description).toBe(DELIVERY_DESCRIPTIONS[field]);
    }
    expect(DELIVERY_DESCRIPTIONS.badgeCount).toMatch(/unread \+ new in the Exchange Inbox only; without rich push, the unread Inbox count for the sync period/);
    expect(ingestedEvent.properties!.delayMs!.description).toContain(DELIVERY_DESCRIPTIONS.delayMs);
    expect(eventView.properties!.delayMs!.description).toContain(DELIVERY_DESCRIPTIONS.delayMs);
    expect(eventView.properties!.path!.description).toMatch(/empty for sync/);
  });

  it("offers outcome=sync on the timeline and says a cause cannot go with it", () => {
    const parameters = at(paths, "/api/v1/users/{id}/events", "get", "parameters") as unknown as (Schema & { name: string; schema: Schema })[];
    expect(parameters.find((parameter) => parameter.name === "outcome")!.schema.enum).toEqual([...OUTCOMES]);
    expect(parameters.find((parameter) => parameter.name === "cause")!.description).toMatch(/outcome=sync with a cause is a 422 naming cause/);
  });

  it("documents each device's failing rules on the overview and the sync delay and badge meaning in the diagnosis", () => {
    const device = at(body(at(paths, "/api/v1/users/{id}", "get", "responses", "200")), "properties", "devices", "items");
    expect(device.required).toEqual(expect.arrayContaining(["richPushSupported", "failingRules"]));
    const delivery = at(body(at(paths, "/api/v1/users/{id}/diagnosis", "get", "responses", "200")), "properties", "delivery");
    expect(allowed(at(delivery, "properties", "lastBadgeMode"))).toEqual(["rich_push", "sync", null]);
    expect(Object.keys(at(delivery, "properties", "syncDelay", "properties", "last24h", "properties"))).toEqual(["syncs", "withDelay", "medianDelayMs"]);
  });

  it("documents what a policy change means for members who lose or gain rich push", () => {
    const impact = body(at(paths, "/api/v1/groups/{id}/impact", "post", "responses", "200"));
    expect(impact.required).toEqual(expect.arrayContaining(["whenLost", "whenGained"]));
  });
});
