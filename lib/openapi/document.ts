import { corePaths } from "./paths/core";
import { helpdeskPaths } from "./paths/helpdesk";
import { ingestPaths } from "./paths/ingest";
import { policiesPaths } from "./paths/policies";
import { probesPaths } from "./paths/probes";

/** The public API's OpenAPI document, served at /api/v1/openapi.json. */
export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: { title: "Rich Push Console API", version: "1.0.0", description: "Policies, prerequisite checks, telemetry ingestion, helpdesk and probes." },
    servers: [{ url: "/" }],
    security: [{ sessionCookie: [] }],
    paths: { ...corePaths, ...policiesPaths, ...ingestPaths, ...helpdeskPaths, ...probesPaths },
    components: {
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "rpc.session_token" },
        ingestToken: { type: "http", scheme: "bearer", description: "Ingestion token created on the Settings page" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                fields: { type: "array", items: { type: "object", properties: { field: { type: "string" }, message: { type: "string" } } } },
              },
            },
          },
        },
      },
    },
  };
}
