import { z } from "zod";
import { oidcProvidersSchema } from "./auth/sso/provider-config";

/**
 * The one place that reads process.env. A missing or malformed value stops the process at start
 * with a message naming the variable (instrumentation.ts loads this module at boot).
 */
const booleanFlag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgresql:// URL" }),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /**
   * PostgreSQL cancels any one statement that runs longer (statement_timeout), so a runaway
   * query cannot hold a pooled connection; jobs keep each statement well under it (batches).
   */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(15_000),
  /** How long a request waits for a connection (a new one, or a free one from a busy pool). */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  APP_URL: z.url().default("http://localhost:3000"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The first admin, created by the seed when no account exists; the password is generated when unset. */
  ADMIN_EMAIL: z.email({ error: "must be an email address" }).default("admin@example.com"),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  SIGN_IN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  /** Longest wait a run of failed sign-ins can earn (the back-off doubles from 2 s up to this). */
  SIGN_IN_MAX_BACKOFF_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /**
   * Reverse proxies in front of the app that append the client address to X-Forwarded-For. With 0
   * the header is ignored (a client can write anything there) and the client address is unknown.
   */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  INGEST_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  INGEST_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(2_000_000),
  EVENT_RETENTION_DAYS: z.coerce.number().int().min(1).default(30),
  PROBE_BUDGET_MS: z.coerce.number().int().min(100).max(30_000).default(30_000),
  PROBE_MAX_CONCURRENT_PER_USER: z.coerce.number().int().min(1).default(2),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SECURE_COOKIES: booleanFlag.optional(),
  /** OpenID Connect providers for single sign-on: a JSON array (see lib/auth/sso/provider-config.ts and README). */
  OIDC_PROVIDERS: oidcProvidersSchema.default([]),
  /**
   * false: only the break-glass admin (ADMIN_EMAIL) may sign in with a password; everyone else
   * uses single sign-on. Kept so the console can be reached when the identity provider is down.
   */
  PASSWORD_SIGN_IN: booleanFlag.default(true),
  /**
   * true: an admin who signs in with a password and has no second factor is sent to enrol one
   * before anything else (lib/auth/mfa-gate.ts).
   */
  MFA_REQUIRED_FOR_ADMINS: booleanFlag.default(false),
  /**
   * The mail server alert emails go through (smtp://host:port, smtps:// for implicit TLS;
   * user:password@ in the URL when it needs credentials). Unset: email channels can be set up,
   * and their deliveries fail saying that no mail server is configured.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  /** The From address of alert emails. */
  SMTP_FROM: z.string().trim().min(3).max(320).default("Rich Push Console <alerts@localhost>"),
  /** Set by `npm run dev` on its embedded database: one process, one connection, no other instance. */
  EMBEDDED_DATABASE: booleanFlag.default(false),
});

export type Env = z.output<typeof envSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (env.NODE_ENV === "production" && !env.AUTH_SECRET) {
    throw new EnvError("Invalid environment configuration:\n  AUTH_SECRET: required in production");
  }
  return env;
}

let cached: Env | undefined;

/** Parsed lazily so that `next build` can import modules without a database configured. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/**
 * Single settings for code that runs before, or without, the whole configuration: the logger at
 * import time, and the development-only response checks (unit tests have no DATABASE_URL).
 */
export function nodeEnv(): Env["NODE_ENV"] {
  return envSchema.shape.NODE_ENV.parse(process.env.NODE_ENV);
}

export function logLevel(): Env["LOG_LEVEL"] {
  return envSchema.shape.LOG_LEVEL.parse(process.env.LOG_LEVEL);
}
