import type { BodyInput, BodySpec, Endpoint, ParamsInput, QueryInput, ResponseOutput } from "@/lib/contract/endpoint";

/**
 * The browser's fetcher, typed from the endpoint contracts: `callApi(policiesContract.getGroup,
 * { params: { id } })` takes the contract's params, query and body and returns the contract's
 * response type. Errors come back as ApiError, read with the one ErrorBody schema.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { field: string; message: string }[] = [],
    readonly details?: unknown,
  ) {
    super(message);
  }
}

type z_ZodObject = { shape: object };

export type CallOptions<E extends Endpoint> = { headers?: Record<string, string>; signal?: AbortSignal } & (E["params"] extends z_ZodObject
  ? { params: ParamsInput<E> }
  : { params?: never }) &
  (E["query"] extends z_ZodObject ? { query?: QueryInput<E> } : { query?: never }) &
  (E["body"] extends BodySpec ? (E["body"]["required"] extends true ? { body: BodyInput<E> } : { body?: BodyInput<E> }) : { body?: never });

type OptionalArgs<E extends Endpoint> = E["params"] extends z_ZodObject
  ? [options: CallOptions<E>]
  : E["body"] extends { required: true }
    ? [options: CallOptions<E>]
    : [options?: CallOptions<E>];

export async function callApi<E extends Endpoint>(endpoint: E, ...[options]: OptionalArgs<E>): Promise<ResponseOutput<E>> {
  const { params, query, body, headers, signal } = (options ?? {}) as CallOptions<Endpoint> & { params?: object; query?: object; body?: unknown };
  const response = await fetch(apiUrl(endpoint, params, query), {
    method: endpoint.method,
    signal,
    headers: { accept: "application/json", ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw await apiErrorOf(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as ResponseOutput<E>;
}

/** The endpoint's path with its parameters filled in, and the query string. */
export function apiUrl(endpoint: Pick<Endpoint, "operationId" | "path">, params: object = {}, query: object = {}): string {
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = (params as Record<string, unknown>)[name];
    if (value === undefined) throw new Error(`${endpoint.operationId} needs the path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** A failed answer as an ApiError: the ErrorBody when it is one, else the status and the start of the text. */
export async function apiErrorOf(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => "");
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: described below by its text
  }
  // Read with the one ErrorBody schema, fetched only now: zod is not in a page's first load
  // because a request might fail (lib/errors/error-body.ts is zod).
  const { errorBodySchema } = await import("@/lib/errors/error-body");
  const body = errorBodySchema.safeParse(parsed);
  if (body.success) {
    const { code, message, fields, details } = body.data.error;
    return new ApiError(response.status, code, message, fields, details);
  }
  return new ApiError(response.status, "http_error", text.slice(0, 200) || `Request failed (${response.status})`);
}
