import pg from "pg";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { logger } from "@/lib/log/logger";
import { AppError } from "@/lib/errors/app-error";
import { errorBodySchema } from "@/lib/errors/error-body";
import { errorResponse } from "./error-response";

const log = logger.child({});
log.level = "silent";

describe("error mapping", () => {
  it("maps an unreachable database to 503 JSON", async () => {
    // A real connection attempt to a closed port yields the driver's own ECONNREFUSED error.
    const client = new pg.Client({ connectionString: "postgresql://postgres@127.0.0.1:1/none", connectionTimeoutMillis: 2000 });
    const error = await client.connect().catch((e: unknown) => e);
    const response = errorResponse(error, "rid", log);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: "unavailable" } });
  });

  it("maps validation errors to 422 with each field, and AppErrors to their status", async () => {
    const zodError = z.object({ port: z.number() }).safeParse({ port: "x" }).error!;
    const response = errorResponse(zodError, "rid", log);
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields[0].field).toBe("port");
    expect(errorResponse(new AppError("precondition_required", "If-Match needed"), "rid", log).status).toBe(428);
  });

  it("never leaks an unexpected error's message", async () => {
    const response = errorResponse(new Error("secret internals"), "rid", log);
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain("secret internals");
  });

  it("answers with the one ErrorBody schema, whatever the cause", async () => {
    const errors = [new AppError("conflict", "taken", { fields: [{ field: "email", message: "is in use" }] }), new Error("boom"), z.string().safeParse(1).error!];
    for (const error of errors) {
      expect(errorBodySchema.safeParse(await errorResponse(error, "rid", log).json()).success).toBe(true);
    }
  });
});
