import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";

/**
 * An endpoint's contract: everything the route wrapper enforces, the client is typed from and the
 * OpenAPI document says, in one object. Pure (zod and constants only), so the browser imports it.
 */

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * Who may call: a signed-in user with a permission (session cookie), an ingestion token (Bearer),
 * anyone, or the sign-in/sign-out endpoints that set the session cookie (public, yet CSRF-checked).
 */
export type Access =
  | { kind: "user"; permission: Permission }
  | { kind: "token" }
  | { kind: "public" }
  | { kind: "session" };

export type BodySpec = {
  schema: z.ZodType;
  /** An optional body may be left out (or empty); the handler then reads `{}`. */
  required: boolean;
  /** Bytes accepted; larger bodies get 413. Defaults to DEFAULT_MAX_BODY_BYTES. */
  maxBytes?: number | "ingest";
  description?: string;
};

export type ResponseSpec = {
  description: string;
  /** Absent: a body the contract does not describe (none is checked). */
  schema?: z.ZodType;
  /** Defaults to application/json; a stream names its own (application/x-ndjson). */
  contentType?: string;
  /** Response headers, for the document (ETag, Location, Content-Disposition…). */
  headers?: z.ZodObject;
};

/** Error statuses an endpoint can answer with; the body is always the ErrorBody. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 412 | 413 | 415 | 422 | 428 | 429 | 503;

export type Endpoint = {
  operationId: string;
  method: Method;
  /** OpenAPI form: /api/v1/groups/{id}. */
  path: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  access: Access;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** Request headers the endpoint reads (If-Match, Accept), for the document. */
  headers?: z.ZodObject;
  body?: BodySpec;
  /** Answers with a body of their own, by status: the successes, and a 503 that is a report (health). */
  responses: Partial<Record<200 | 201 | 204 | 503, ResponseSpec>>;
  /** What this endpoint's errors mean; the common ones (401, 403, 404, 413, 415, 422, 503) are added. */
  errors?: Partial<Record<ErrorStatus, string>>;
  /** For GET /api/v1/openapi.json itself, which is served without the wrapper. */
  unwrapped?: true;
};

/** Keeps the literal types (statuses, schemas) so handlers and the client are typed from them. */
export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

// ---- types derived from a contract -----------------------------------------------------------

type SchemaInput<S> = S extends z.ZodType ? z.input<S> : undefined;
type SchemaOutput<S> = S extends z.ZodType ? z.output<S> : undefined;

export type SuccessStatus<E extends Endpoint> = Extract<keyof E["responses"], number>;

type JsonSchemaOf<R> = R extends { contentType: string } ? never : R extends { schema: infer S extends z.ZodType } ? S : never;

/** What a handler sends for `status` (the JSON responses only; streams are plain Responses). */
export type ResponseInput<E extends Endpoint, S extends SuccessStatus<E>> = z.input<JsonSchemaOf<E["responses"][S]>>;

type OutputOf<S> = [S] extends [never] ? unknown : S extends z.ZodType ? z.output<S> : unknown;

/** What the client receives from a successful call (JSON answers; undescribed ones are unknown). */
export type ResponseOutput<E extends Endpoint> = {
  [S in SuccessStatus<E>]: OutputOf<JsonSchemaOf<E["responses"][S]>>;
}[SuccessStatus<E>];

export type ParamsInput<E extends Endpoint> = SchemaInput<E["params"]>;
export type ParamsOutput<E extends Endpoint> = SchemaOutput<E["params"]>;
export type QueryInput<E extends Endpoint> = SchemaInput<E["query"]>;
export type BodyInput<E extends Endpoint> = E["body"] extends BodySpec ? z.input<E["body"]["schema"]> : undefined;
