import { describe, expect, it } from "vitest";
import type { Endpoint } from "@/lib/contract/endpoint";
import { openApiPathOf, routeExports, routeFiles } from "@/test/support/route-modules";
import { openApiDocument } from "./document";
import { ALL_ENDPOINTS } from "./endpoints";

type Operation = { operationId?: string; parameters?: { in: string; name: string }[] };

describe("the OpenAPI document and the route files", () => {
  const document = openApiDocument();
  const paths = document.paths as Record<string, Record<string, Operation>>;

  it("documents every method every route file exports, under the file's own path, with an operationId", async () => {
    const exports = await routeExports();
    expect(routeFiles().length).toBeGreaterThan(20);
    for (const { file, method, handler } of exports) {
      const path = openApiPathOf(file);
      const operation = paths[path]?.[method.toLowerCase()];
      expect(operation?.operationId, `${method} ${path} (${file})`).toBeTruthy();
      // A wrapped route carries the contract it was defined with: the same path, method and operation.
      const endpoint = handler.endpoint as Endpoint | undefined;
      if (endpoint) expect({ path: endpoint.path, method: endpoint.method, operationId: endpoint.operationId }).toEqual({ path, method, operationId: operation?.operationId });
      else expect(ALL_ENDPOINTS.find((e) => e.path === path && e.method === method)?.unwrapped, `${method} ${path} is not wrapped`).toBe(true);
    }
    // And nothing is documented that no route serves.
    const served = new Set(exports.map(({ file, method }) => `${method} ${openApiPathOf(file)}`));
    expect(ALL_ENDPOINTS.map((e) => `${e.method} ${e.path}`).filter((key) => !served.has(key))).toEqual([]);
  });

  it("gives each operation a unique id and declares every path parameter", () => {
    const ids = ALL_ENDPOINTS.map((endpoint) => endpoint.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [path, operations] of Object.entries(paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(operations)) {
        const declared = (operation.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name);
        expect(declared.sort(), `${method.toUpperCase()} ${path}`).toEqual([...names].sort());
      }
    }
  });

  it("answers every error with the one ErrorBody component", () => {
    type Responses = Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
    for (const endpoint of ALL_ENDPOINTS) {
      const responses = (paths[endpoint.path]?.[endpoint.method.toLowerCase()] as { responses: Responses }).responses;
      for (const [status, response] of Object.entries(responses)) {
        // Health's 503 is its own report, declared among its responses.
        if (Number(status) < 400 || status in endpoint.responses) continue;
        expect(response.content?.["application/json"]?.schema.$ref, `${status} of ${endpoint.operationId}`).toBe("#/components/schemas/ErrorBody");
      }
    }
  });
});
