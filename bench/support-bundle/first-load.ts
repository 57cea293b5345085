import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import vm from "node:vm";

/** What one App Router page loads before it is interactive, from the build's own manifests. */
export type RouteWeight = { route: string; files: string[]; gzipBytes: number };

type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

/**
 * The framework floor: the runtime chunks every page loads (`rootMainFiles` of
 * build-manifest.json). `polyfillFiles` are `nomodule` scripts a current browser never fetches,
 * so, like the measurement in Chromium, they are left out.
 */
export function frameworkFiles(nextDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return manifest.rootMainFiles;
}

/** Every page's client-reference manifest under .next/server/app, keyed by its route ("/policies/[groupId]"). */
export function pageManifests(nextDir: string): Map<string, string> {
  const appDir = join(nextDir, "server", "app");
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === "page_client-reference-manifest.js") found.set(routeOf(relative(appDir, dir)), path);
    }
  };
  walk(appDir);
  return found;
}

/** "(console)/policies/[groupId]" → "/policies/[groupId]": route groups do not appear in URLs. */
export function routeOf(segmentPath: string): string {
  const segments = segmentPath.split(sep).filter((segment) => segment && !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

/**
 * Entries of the manifest whose chunks the browser fetches only when that boundary is shown: the
 * not-found, forbidden and unauthorized pages of a segment. A page that renders normally does not
 * load them (checked in Chromium against `next start`: the 404 page's chunks are not in a
 * dashboard's first load), so they count only for the route that is the 404 page itself.
 */
const FALLBACK_BOUNDARY = /\/(not-found|forbidden|unauthorized)$/;

/**
 * The page's entry chunks: the manifest (a script assigning globalThis.__RSC_MANIFEST) lists,
 * per layout, page and boundary of the route, the chunks the browser loads with the first
 * response. Their union plus the framework floor is the route's first-load JS. Chunks a page
 * imports later (next/dynamic, import()) are not entries, so they are not counted here.
 */
export function entryFiles(manifestPath: string, options: { withFallbackBoundaries?: boolean } = {}): string[] {
  const sandbox: { globalThis?: unknown; self?: unknown; __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  vm.runInNewContext(readFileSync(manifestPath, "utf8"), sandbox);
  const files = new Set<string>();
  for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
    for (const [entry, chunks] of Object.entries(manifest.entryJSFiles ?? {})) {
      if (!options.withFallbackBoundaries && FALLBACK_BOUNDARY.test(entry)) continue;
      for (const chunk of chunks) files.add(chunk);
    }
  }
  return [...files];
}

/**
 * Sum of each file's gzip size at zlib's default level, which is what `next start` sends (its
 * compression middleware; within 0.5% of the bytes Chromium counts on the wire); each file once.
 */
export function gzipTotal(nextDir: string, files: Iterable<string>): number {
  let total = 0;
  for (const file of new Set(files)) total += gzipSync(readFileSync(join(nextDir, file))).length;
  return total;
}

export function routeWeights(nextDir: string): { floor: RouteWeight; routes: RouteWeight[] } {
  const framework = frameworkFiles(nextDir);
  const floor = { route: "(framework)", files: framework, gzipBytes: gzipTotal(nextDir, framework) };
  const routes = [...pageManifests(nextDir)]
    .filter(([route]) => route !== "/_global-error")
    .map(([route, manifest]) => {
      const files = [...new Set([...framework, ...entryFiles(manifest, { withFallbackBoundaries: route === "/_not-found" })])];
      return { route, files, gzipBytes: gzipTotal(nextDir, files) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  return { floor, routes };
}
