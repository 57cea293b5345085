import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("environment", () => {
  it("applies defaults", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test" });
    expect(env.EVENT_RETENTION_DAYS).toBe(30);
    expect(env.PROBE_BUDGET_MS).toBe(30_000);
    expect(env.DATABASE_STATEMENT_TIMEOUT_MS).toBe(15_000);
    expect(env.DATABASE_CONNECT_TIMEOUT_MS).toBe(5_000);
  });

  it("refuses a statement timeout that would disable the bound", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://h/d", DATABASE_STATEMENT_TIMEOUT_MS: "0" })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
  });

  it("names the variable that is missing or malformed", () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x/y" })).toThrow(/DATABASE_URL: must be a postgresql/);
    expect(() => parseEnv({ DATABASE_URL: "postgresql://h/d", PROBE_BUDGET_MS: "soon" })).toThrow(/PROBE_BUDGET_MS/);
  });

  it("requires AUTH_SECRET in production", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://h/d", NODE_ENV: "production" })).toThrow(/AUTH_SECRET/);
  });
});
