import { describe, expect, it } from "vitest";
import { scrubSqlValues } from "./scrub-sql-values";

describe("scrubSqlValues", () => {
  it("drops the values PostgreSQL quotes, keeps identifiers and the message's shape", () => {
    expect(scrubSqlValues('invalid input syntax for type uuid: "ana.lopez@corp.example"')).toBe('invalid input syntax for type uuid: "…"');
    expect(scrubSqlValues('duplicate key value violates unique constraint "user_email_key" Key (email)=(ana@corp.example) already exists.')).toBe(
      'duplicate key value violates unique constraint "user_email_key" Key (email)=(…) already exists.',
    );
    expect(scrubSqlValues("invalid byte sequence for encoding 'UTF8': 'Zo\\u0000ë'")).toBe("invalid byte sequence for encoding '…': '…'");
  });
});
