import { z } from "zod";
import { defineEndpoint } from "@/lib/contract/endpoint";

export const healthSchema = z.strictObject({
  status: z.enum(["ok", "unavailable"]),
  database: z.strictObject({
    status: z.enum(["up", "down"]),
    latencyMs: z.int().min(0).optional(),
    error: z.string().optional().meta({ description: "Why the database is down, in the driver's words" }),
  }),
});
export type Health = z.output<typeof healthSchema>;

export const healthContract = {
  check: defineEndpoint({
    operationId: "checkHealth",
    method: "GET",
    path: "/api/health",
    summary: "Service and database health, for load balancers and monitors",
    tags: ["operations"],
    access: { kind: "public" },
    responses: {
      200: { description: "The database answers", schema: healthSchema },
      503: { description: "The database does not answer: the health report says why", schema: healthSchema },
    },
  }),
};
