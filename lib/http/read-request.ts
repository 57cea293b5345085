import "server-only";
import type { z } from "zod";
import { DEFAULT_MAX_BODY_BYTES, type BodySpec, type Endpoint } from "@/lib/contract/endpoint";
import { notFoundMessageOf } from "@/lib/contract/resource-id";
import { env } from "@/lib/env";
import { AppError, fieldErrorsOf, validationError, type FieldError } from "@/lib/errors/app-error";
import { readJsonBody } from "./read-json-body";

/**
 * Path parameters by the contract: a malformed resource id is a 404 (it names nothing), any other
 * bad parameter a 422 naming it. Each parameter is checked alone, so the 404 wins.
 */
export function readParams(endpoint: Endpoint, raw: Record<string, unknown>): Record<string, unknown> {
  if (!endpoint.params) return {};
  const out: Record<string, unknown> = {};
  const fields: FieldError[] = [];
  for (const [name, schema] of Object.entries(endpoint.params.shape) as [string, z.ZodType][]) {
    const parsed = schema.safeParse(raw[name]);
    if (parsed.success) {
      out[name] = parsed.data;
      continue;
    }
    const notFound = notFoundMessageOf(schema);
    if (notFound) throw new AppError("not_found", notFound);
    fields.push(...fieldErrorsOf(parsed.error, [name]));
  }
  if (fields.length > 0) {
    throw new AppError("validation_failed", `Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join("; ")}`, { fields });
  }
  return out;
}

/**
 * The query string, checked against the contract. The handler gets the values as sent (strings):
 * operations parse them again with the same schemas, since they also serve the seed, CLI and
 * tests, and a transformed value (dryRun → boolean) cannot always be parsed a second time.
 */
export function readQuery(endpoint: Endpoint, url: URL): Record<string, string> {
  const query = Object.fromEntries(url.searchParams);
  if (endpoint.query) check(endpoint.query, query);
  return query;
}

/** The body through the one reader, then checked against the contract (422 naming each field). */
export async function readBody(endpoint: Endpoint, req: Request): Promise<unknown> {
  const spec = endpoint.body;
  if (!spec) return undefined;
  const body = (await readJsonBody(req, { required: spec.required, ...limitOf(spec) })) ?? {};
  check(spec.schema, body);
  return body;
}

function limitOf(spec: BodySpec): { maxBytes: number; tooLargeHint?: string } {
  if (spec.maxBytes === "ingest") return { maxBytes: env().INGEST_MAX_BODY_BYTES, tooLargeHint: "send fewer items per request" };
  return { maxBytes: spec.maxBytes ?? DEFAULT_MAX_BODY_BYTES };
}

function check(schema: z.ZodType, value: unknown): void {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw validationError(parsed.error);
}
