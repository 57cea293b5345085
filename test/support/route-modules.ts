import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { RouteHandler } from "@/lib/http/route";

/** Every app/api/**\/route.ts with its exported HTTP methods, for tests that check all routes at once. */

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export type RouteExport = { file: string; method: (typeof HTTP_METHODS)[number]; handler: Partial<RouteHandler> & ((...args: never[]) => unknown) };

const root = join(import.meta.dirname, "..", "..");

export function routeFiles(dir = join(root, "app", "api")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name === "route.ts" ? [relative(root, path)] : [];
  });
}

/** `app/api/v1/groups/[id]/route.ts` → `/api/v1/groups/{id}`, the OpenAPI form of its URL. */
export function openApiPathOf(file: string): string {
  return `/${file.replace(/^app\//, "").replace(/\/route\.ts$/, "")}`.replace(/\[(\w+)\]/g, "{$1}");
}

export async function routeExports(): Promise<RouteExport[]> {
  const found: RouteExport[] = [];
  for (const file of routeFiles()) {
    const module = (await import(join(root, file))) as Record<string, unknown>;
    for (const method of HTTP_METHODS) {
      const handler = module[method];
      if (typeof handler === "function") found.push({ file, method, handler: handler as RouteExport["handler"] });
    }
  }
  return found;
}
