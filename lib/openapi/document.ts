import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject, type ZodOpenApiResponseObject } from "zod-openapi";
import { DEFAULT_MAX_BODY_BYTES, type Endpoint, type ErrorStatus } from "@/lib/contract/endpoint";
import { notFoundMessageOf } from "@/lib/contract/resource-id";
import { alertNoticeWebhook } from "@/lib/alerts/channels/webhook-document";
import { groupSettingsSchema } from "@/lib/domain/settings";
import { errorBodySchema } from "@/lib/errors/error-body";
import { ALL_ENDPOINTS, TAGS } from "./endpoints";

/**
 * The public API's OpenAPI document, served at /api/v1/openapi.json, generated from the endpoint
 * contracts: the schemas the routes check are the schemas it shows. Assembled with zod-openapi
 * rather than by hand over `z.toJSONSchema`: it is maintained, built on zod 4's own JSON Schema
 * and its `.meta()` (no `extendZodWithOpenApi` patching nor a second registry to keep in step, as
 * @asteasolutions/zod-to-openapi needs), turns request params into parameters, registers
 * `.meta({ id })` schemas as components and renders the input (request) and output (response) sides.
 */
export function openApiDocument(endpoints: readonly Endpoint[] = ALL_ENDPOINTS) {
  const paths: ZodOpenApiPathsObject = {};
  for (const endpoint of endpoints) {
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method.toLowerCase()]: operationOf(endpoint) };
  }
  return createDocument(
    {
      openapi: "3.1.0",
      info: {
        title: "Rich Push Console API",
        version: "1.0.0",
        description: "Policies, prerequisite checks, telemetry ingestion, helpdesk and probes. Every error answer is an ErrorBody.",
        license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
      },
      servers: [{ url: "/", description: "The console itself" }],
      tags: TAGS,
      paths,
      // What the console sends, not what it serves: the body and headers a webhook channel receives.
      webhooks: { alertNotice: alertNoticeWebhook },
      components: {
        // The settings appear in most policy and helpdesk answers: one component, not copies.
        schemas: { GroupSettings: groupSettingsSchema },
        securitySchemes: {
          sessionCookie: { type: "apiKey", in: "cookie", name: "rpc.session_token", description: "Set by POST /api/session" },
          ingestToken: { type: "http", scheme: "bearer", description: "Ingestion token created on the Settings page" },
          apiKey: {
            type: "http",
            scheme: "bearer",
            description: "API key (rpck_…) created on the Settings page: opens the operations its scopes name, never ingestion; a request must not carry the session cookie too",
          },
        },
      },
    },
    // Setting values in revision diffs are typed by hand (z.custom) and described by an override.
    { allowEmptySchema: { custom: true } },
  );
}

function operationOf(endpoint: Endpoint): ZodOpenApiOperationObject {
  const { params, query, headers, body } = endpoint;
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [...endpoint.tags],
    security: securityOf(endpoint),
    ...(params || query || headers ? { requestParams: { ...(params ? { path: params } : {}), ...(query ? { query } : {}), ...(headers ? { header: headers } : {}) } } : {}),
    ...(body
      ? { requestBody: { required: body.required, ...(body.description ? { description: body.description } : {}), content: { "application/json": { schema: body.schema } } } }
      : {}),
    responses: { ...successResponses(endpoint), ...errorResponses(endpoint) },
  };
}

function securityOf({ access }: Endpoint): Record<string, string[]>[] {
  if (access.kind === "user") return [{ sessionCookie: [] }, { apiKey: [] }];
  if (access.kind === "token") return [{ ingestToken: [] }];
  return [];
}

function successResponses(endpoint: Endpoint): Record<string, ZodOpenApiResponseObject> {
  return Object.fromEntries(
    Object.entries(endpoint.responses).map(([status, spec]) => [
      status,
      {
        description: spec.description,
        ...(spec.headers ? { headers: spec.headers } : {}),
        ...(spec.schema ? { content: { [spec.contentType ?? "application/json"]: { schema: spec.schema } } } : {}),
      },
    ]),
  );
}

const retryAfter = z.object({ "retry-after": z.string().meta({ description: "Seconds to wait before trying again" }) });

/** The errors every endpoint of its kind can answer with, then the endpoint's own words for them. */
function errorResponses(endpoint: Endpoint): Record<string, ZodOpenApiResponseObject> {
  const found: Partial<Record<ErrorStatus, string>> = {};
  const { access, body, params, query, method } = endpoint;
  const isWrite = method !== "GET";
  if (access.kind === "user") {
    found[401] = "Not signed in, or an unknown, revoked or expired API key (or both a key and the session cookie)";
    found[403] = `Needs the ${access.permission} permission (for an API key: in its scopes)${isWrite ? ", or the change did not come from the console's own pages (Origin, Sec-Fetch-Site)" : ""}; password_change_required until a password an admin set is changed`;
  }
  if (access.kind === "session") found[403] = "The request did not come from the console's own pages (Origin, Sec-Fetch-Site)";
  if (access.kind === "token") found[401] = "No ingestion token, or an unknown or revoked one";
  const missing = params ? Object.values(params.shape).map((schema) => notFoundMessageOf(schema as z.ZodType)).filter(Boolean) : [];
  if (missing.length > 0) found[404] = `${missing.join(" / ")} (a malformed id names nothing either)`;
  if (body) {
    found[400] = `The body is ${body.required ? "empty, " : ""}not UTF-8 or not JSON`;
    const limit = body.maxBytes === "ingest" ? "INGEST_MAX_BODY_BYTES" : `${body.maxBytes ?? DEFAULT_MAX_BODY_BYTES} bytes`;
    found[413] = `The body (Content-Length or bytes actually sent) exceeds ${limit}`;
    found[415] = "The body is not sent as Content-Type: application/json";
  }
  if (body || query || (params && missing.length < Object.keys(params.shape).length)) {
    found[422] = "Invalid input: error.fields names each field, e.g. backgroundNetworkServices[1]";
  }
  if (!endpoint.responses[503] && !endpoint.unwrapped) found[503] = "The database is not answering; the request may not have been carried out. Retry after Retry-After";
  Object.assign(found, endpoint.errors);

  return Object.fromEntries(
    Object.entries(found).map(([status, description]) => [
      status,
      {
        description: description!,
        ...(status === "429" || status === "503" ? { headers: retryAfter } : {}),
        content: { "application/json": { schema: errorBodySchema } },
      },
    ]),
  );
}
