import { type z } from "zod";

/**
 * Every error code the API answers with, and its status. The one error type below every area:
 * operations throw it, the route wrapper (lib/http) maps it, the client reads it back.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  /** Signed in with a password an admin set: only changing it is allowed until then. */
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  precondition_required: 428,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

export type FieldError = { field: string; message: string };

/** The one error type operations throw; the API maps it to the ErrorBody of lib/errors/error-body.ts. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { fields?: FieldError[]; details?: unknown; headers?: Record<string, string> } = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** `backgroundNetworkServices[1]` style paths, as users and pipelines read them. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

export function fieldErrorsOf(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldError[] {
  return error.issues.map((issue) => ({
    field: formatPath([...prefix, ...issue.path]) || "(body)",
    message: issue.message,
  }));
}

export function validationError(error: z.ZodError, prefix: readonly PropertyKey[] = []): AppError {
  const fields = fieldErrorsOf(error, prefix);
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join("; ");
  return new AppError("validation_failed", `Invalid input: ${summary}`, { fields });
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, prefix: readonly PropertyKey[] = []): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, prefix);
  return result.data;
}
