import { randomInt } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Endpoint } from "@/lib/contract/endpoint";
import { signIn } from "@/lib/auth/sign-in";
import { permissionsOf, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { errorBodySchema } from "@/lib/errors/error-body";
import { directoryUser, makeToken, snapshot, unique } from "@/lib/ingest/testing/ingest-fixtures";
import { applyDeviceSnapshot } from "@/lib/ingest/apply-device-snapshot";
import { syncDirectoryUsers } from "@/lib/ingest/sync-directory-users";
import { openApiDocument } from "@/lib/openapi/document";
import { createGroup } from "@/lib/policies/create-group";
import { listGroupRevisions } from "@/lib/policies/list-group-revisions";
import { cookieHeaders, makeCaller, TEST_PASSWORD } from "@/test/support/factories";
import { hostileString, SchemaArbitraries, type JsonSchema } from "@/test/support/json-schema-arbitrary";
import { routeExports } from "@/test/support/route-modules";

/**
 * Hostile input, property-based: every operation of the generated OpenAPI document, for every
 * role, with generated valid and invalid path parameters, query strings, headers and bodies.
 * Each answer must be documented (status and body schema), never a 5xx, and a rejected request
 * (4xx) must leave the stored data exactly as it was.
 *
 * FUZZ_SEED and FUZZ_RUNS (runs per operation and role) override the fixed defaults, e.g. to
 * replay a failure fast-check printed or to search longer locally.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 1303);
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

/**
 * Tables a rejected request may legitimately change: the audit log (refused sign-ins and views are
 * audited), throttling counters, sessions (refreshed on use), a token's lastUsedAt, and probe runs
 * (refusals are stored by design). Everything else must be byte-for-byte unchanged.
 */
const VOLATILE_TABLES = new Set(["audit_entry", "auth_rate_limit", "rate_counter", "sign_in_failure", "auth_session", "ingest_token", "probe_run", "_prisma_migrations"]);

type Who = Role | "anonymous" | "token";
const WHO: Who[] = ["admin", "helpdesk", "auditor", "anonymous", "token"];

type Operation = {
  operationId: string;
  parameters?: { in: "path" | "query" | "header"; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
};

type Handler = ((req: Request, segment?: { params: Promise<Record<string, string>> }) => Promise<Response>) & { endpoint?: Endpoint };

type Generated = {
  params: Record<string, string>;
  query: [string, string][];
  headers: Record<string, string>;
  body: { kind: "json"; value: unknown } | { kind: "raw"; bytes: Uint8Array; contentType: string | null } | { kind: "none" };
};

const tables: string[] = [];
const credentials = new Map<Who, Record<string, string>>();
const knownIds: string[] = [];
let handlers: Map<string, { handler: Handler; method: string }>;

async function storedData(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await db().$queryRawUnsafe<{ digest: string }[]>(
      `SELECT count(*)::text || ':' || coalesce(sum(hashtextextended(t::text, 0)), 0)::text AS digest FROM "${table}" t`,
    );
    out[table] = row!.digest;
  }
  return out;
}

async function sessionHeaders(role: Role): Promise<Record<string, string>> {
  const user = await makeCaller(role);
  const response = await signIn({ email: user.email, password: TEST_PASSWORD }, new Headers(), { ip: `198.18.${randomInt(256)}.${randomInt(1, 255)}` });
  return Object.fromEntries(cookieHeaders(response));
}

beforeAll(async () => {
  const rows = await db().$queryRawUnsafe<{ name: string }[]>(
    "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  tables.push(...rows.map((row) => row.name).filter((name) => !VOLATILE_TABLES.has(name)));

  for (const role of ["admin", "helpdesk", "auditor"] as const) credentials.set(role, await sessionHeaders(role));
  credentials.set("anonymous", {});
  credentials.set("token", { authorization: `Bearer ${(await makeToken()).secret}` });

  // Ids that name stored things, so valid requests reach past the 404 (a group with settings, its
  // revision, a directory user). Token and account ids stay out: revoking the fuzz's own token or
  // disabling its admin would only end the run early.
  const admin = await makeCaller("admin");
  const group = await createGroup(admin, { name: unique("Fuzz group") });
  const [revision] = await listGroupRevisions(admin, group.id);
  const user = directoryUser(group.name);
  await syncDirectoryUsers(null, { users: [user] });
  await applyDeviceSnapshot(unique("fuzz-device"), snapshot(user.upn, new Date(Date.now() - 60_000)));
  const stored = await db().directoryUser.findUniqueOrThrow({ where: { upn: user.upn } });
  knownIds.push(group.id, revision!.id, stored.id);

  handlers = new Map();
  for (const { handler, method } of await routeExports()) {
    const endpoint = (handler as Handler).endpoint;
    if (endpoint) handlers.set(endpoint.operationId, { handler: handler as Handler, method });
  }
});

const INVALID_UTF8 = [new Uint8Array([0xff, 0xfe, 0x7b]), new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]), new Uint8Array([0xed, 0xa0, 0x80])];
const RAW_BODIES = ["", " ", "{", "[]", "null", '{"a":1}garbage', '"\\ud800"', '{"x":"\\u0000"}', "[".repeat(5000), "1e99999", "\uFEFF{}"];

/**
 * One operation's requests: valid path parameters, query and headers, and one fault at most
 * (a hostile path parameter, query value or header), so a fault is not hidden behind another
 * field's 422. Bodies carry their own faults (SchemaArbitraries.request).
 */
function generatorFor(operationId: string, operation: Operation, schemas: SchemaArbitraries): fc.Arbitrary<Generated> {
  const parameters = operation.parameters ?? [];
  // Probes with a stored group would contact the hosts in its settings; random ids keep the run offline.
  const ids = operationId === "runGroupProbes" ? [] : knownIds;
  const valid: Record<string, fc.Arbitrary<string | undefined>> = {};
  for (const parameter of parameters) {
    const asText = schemas.valid(parameter.schema).map((value) => (typeof value === "string" ? value : JSON.stringify(value)));
    const key = `${parameter.in}:${parameter.name}`;
    if (parameter.in === "path") valid[key] = ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
    else if (parameter.in === "query") valid[key] = fc.option(asText, { nil: undefined });
    else valid[key] = fc.option(fc.constantFrom(...(parameter.name === "if-match" ? ['"1"', '"2"', "*"] : ["application/json", "application/x-ndjson"])), { nil: undefined });
  }
  const keys = Object.keys(valid);
  const fault = keys.length ? fc.option(fc.tuple(fc.constantFrom(...keys), hostileString), { nil: undefined, freq: 3 }) : fc.constant(undefined);
  const bodySchema = operation.requestBody?.content["application/json"]?.schema;
  const body: fc.Arbitrary<Generated["body"]> = bodySchema
    ? fc.oneof(
        { weight: 8, arbitrary: schemas.request(bodySchema).map((value) => ({ kind: "json" as const, value })) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.oneof(fc.constantFrom(...INVALID_UTF8), fc.constantFrom(...RAW_BODIES).map((text) => new TextEncoder().encode(text))), fc.constantFrom("application/json", "text/plain", null))
            .map(([bytes, contentType]) => ({ kind: "raw" as const, bytes, contentType })),
        },
      )
    : fc.constant({ kind: "none" as const });
  return fc.tuple(fc.record(valid), fault, body).map(([values, broken, generatedBody]) => {
    if (broken) values[broken[0]] = broken[1];
    const generated: Generated = { params: {}, query: [], headers: {}, body: generatedBody };
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const [where, name] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
      if (where === "path") generated.params[name] = value;
      else if (where === "query") generated.query.push([name, value]);
      else generated.headers[name] = value;
    }
    return generated;
  });
}

/** A URL path segment; a half surrogate pair cannot be percent-encoded, so it travels in the params only. */
function segment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return "x";
  }
}

function requestOf(path: string, method: string, who: Who, generated: Generated): Request {
  const url = new URL(`http://localhost${path.replace(/\{(\w+)\}/g, (_, name: string) => segment(generated.params[name] ?? ""))}`);
  for (const [name, value] of generated.query) url.searchParams.append(name, value);
  const headers = new Headers(credentials.get(who));
  for (const [name, value] of Object.entries(generated.headers)) {
    try {
      headers.set(name, value);
    } catch {
      // Not a legal header value (control characters): a client could not send it either.
    }
  }
  let body: BodyInit | undefined;
  if (generated.body.kind === "json") {
    headers.set("content-type", "application/json");
    body = JSON.stringify(generated.body.value) ?? "null";
  } else if (generated.body.kind === "raw") {
    if (generated.body.contentType) headers.set("content-type", generated.body.contentType);
    body = generated.body.bytes as Uint8Array<ArrayBuffer>;
  }
  return new Request(url, { method, headers, body });
}

function schemaOf(endpoint: Endpoint, status: number): z.ZodType | undefined {
  const declared = (endpoint.responses as Record<number, { schema?: z.ZodType; contentType?: string } | undefined>)[status];
  if (declared) return declared.contentType ? undefined : declared.schema;
  return status >= 400 ? errorBodySchema : undefined;
}

function mayCall({ access }: Endpoint, who: Who): boolean {
  if (access.kind === "user") return who !== "anonymous" && who !== "token" && permissionsOf(who).includes(access.permission);
  if (access.kind === "token") return who === "token";
  return true;
}

type Tally = { sent: number; serverErrors: number; rejected: number; byStatus: Record<number, number>; failures: string[] };

describe("hostile input", () => {
  it("never answers 5xx, always answers as documented, and a rejected request changes nothing", { timeout: 240_000 }, async () => {
    const document = openApiDocument() as unknown as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, JsonSchema> } };
    const schemas = new SchemaArbitraries(document.components.schemas);
    const tally: Tally = { sent: 0, serverErrors: 0, rejected: 0, byStatus: {}, failures: [] };
    let before = await storedData();
    let operations = 0;

    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const route = handlers.get(operation.operationId);
        if (!route) continue; // the document itself (unwrapped, static): checked by its own test
        operations += 1;
        const endpoint = route.handler.endpoint!;
        for (const who of WHO) {
          // A caller the endpoint refuses outright gets a few tries (the refusal must hold for any input), the others the full count.
          const numRuns = mayCall(endpoint, who) ? RUNS : Math.max(2, Math.ceil(RUNS / 6));
          const samples = fc.sample(generatorFor(operation.operationId, operation, schemas), { seed: SEED + operations * 31 + WHO.indexOf(who), numRuns });
          for (const generated of samples) {
            const label = `${method.toUpperCase()} ${path} as ${who}`;
            const response = await route.handler(requestOf(path, method.toUpperCase(), who, generated), { params: Promise.resolve(generated.params) });
            tally.sent += 1;
            tally.byStatus[response.status] = (tally.byStatus[response.status] ?? 0) + 1;
            const text = await response.text();
            if (response.status >= 500 && !(endpoint.responses as Record<number, unknown>)[response.status]) {
              tally.serverErrors += 1;
              tally.failures.push(`${label} → ${response.status} ${JSON.stringify(generated).slice(0, 300)}`);
            }
            if (!(String(response.status) in operation.responses)) tally.failures.push(`${label} → undocumented status ${response.status}`);
            const schema = schemaOf(endpoint, response.status);
            if (schema && text) {
              const parsed = schema.safeParse(JSON.parse(text));
              if (!parsed.success) tally.failures.push(`${label} → ${response.status} outside its schema: ${parsed.error.message.slice(0, 300)}`);
            }
            const after = await storedData();
            if (response.status >= 400 && response.status < 500) {
              tally.rejected += 1;
              const changed = tables.filter((table) => before[table] !== after[table]);
              if (changed.length > 0) tally.failures.push(`${label} → ${response.status} yet changed ${changed.join(", ")}: ${JSON.stringify(generated).slice(0, 300)}`);
            }
            before = after;
            if (operation.operationId === "signOut" && response.status === 200 && who !== "anonymous" && who !== "token") {
              credentials.set(who, await sessionHeaders(who)); // signed out for real: sign in again
              before = await storedData();
            }
          }
        }
      }
    }

    console.info(`hostile-input fuzz (seed ${SEED}, ${RUNS} runs): ${operations} operations × ${WHO.length} roles, ${tally.sent} requests, ${tally.rejected} rejected, ${tally.serverErrors} 5xx; statuses ${JSON.stringify(tally.byStatus)}`);
    expect(operations).toBe(handlers.size);
    expect(tally.failures.slice(0, 40)).toEqual([]);
  });
});
