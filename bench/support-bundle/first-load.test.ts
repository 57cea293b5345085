import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { entryFiles, gzipTotal, pageManifests, routeOf, routeWeights } from "./first-load";

// A miniature build directory: build-manifest.json, chunks, and page manifests written the way
// `next build` writes them (a script assigning globalThis.__RSC_MANIFEST).
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "first-load-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function chunk(name: string, text: string) {
  mkdirSync(join(dir, "static", "chunks"), { recursive: true });
  writeFileSync(join(dir, "static", "chunks", name), text);
  return `static/chunks/${name}`;
}

function pageManifest(segmentPath: string, page: string, entries: Record<string, string[]>) {
  const folder = join(dir, "server", "app", ...segmentPath.split("/").filter(Boolean));
  mkdirSync(folder, { recursive: true });
  const manifest = { [page]: { entryJSFiles: entries } };
  writeFileSync(join(folder, "page_client-reference-manifest.js"), `globalThis.__RSC_MANIFEST=(globalThis.__RSC_MANIFEST||{});globalThis.__RSC_MANIFEST[${JSON.stringify(page)}]=${JSON.stringify(manifest[page])};`);
}

const gz = (text: string) => gzipSync(Buffer.from(text)).length;

describe("routeOf", () => {
  it("drops route groups, keeps dynamic segments", () => {
    expect(routeOf(join("(console)", "policies", "[groupId]"))).toBe("/policies/[groupId]");
    expect(routeOf("(console)")).toBe("/");
    expect(routeOf(join("sign-in", "refused"))).toBe("/sign-in/refused");
  });
});

describe("first-load weights", () => {
  it("sums the framework floor and the page's layouts, page and error boundaries, each chunk once", () => {
    const runtime = "r".repeat(500) + "runtime";
    const framework = chunk("framework.js", runtime);
    const layout = chunk("layout.js", "layout code ".repeat(40));
    const page = chunk("page.js", "page code ".repeat(30));
    const error = chunk("error.js", "error boundary");
    writeFileSync(join(dir, "build-manifest.json"), JSON.stringify({ rootMainFiles: [framework], polyfillFiles: [chunk("polyfill.js", "nomodule")] }));
    pageManifest("(console)", "/(console)/page", {
      "[project]/app/layout": [layout],
      "[project]/app/error": [layout, error],
      "[project]/app/(console)/page": [layout, page],
    });

    const { floor, routes } = routeWeights(dir);
    expect(floor.gzipBytes).toBe(gz(runtime));
    expect(routes).toHaveLength(1);
    expect(routes[0]!.route).toBe("/");
    expect(routes[0]!.files.sort()).toEqual([error, framework, layout, page].sort());
    expect(routes[0]!.gzipBytes).toBe(gzipTotal(dir, [framework, layout, page, error]));
    expect(routes[0]!.files).not.toContain("static/chunks/polyfill.js");
  });

  it("leaves out the not-found and forbidden boundaries except on the 404 route, which renders them", () => {
    const layout = chunk("layout.js", "layout");
    const page = chunk("page.js", "page");
    const notFound = chunk("not-found.js", "404 page and its shell");
    const forbidden = chunk("forbidden.js", "403 page");
    writeFileSync(join(dir, "build-manifest.json"), JSON.stringify({ rootMainFiles: [] }));
    const boundaries = { "[project]/app/layout": [layout], "[project]/app/not-found": [layout, notFound], "[project]/app/forbidden": [layout, forbidden] };
    pageManifest("audit", "/audit/page", { ...boundaries, "[project]/app/audit/page": [layout, page] });
    pageManifest("_not-found", "/_not-found/page", boundaries);

    const manifests = pageManifests(dir);
    expect(entryFiles(manifests.get("/audit")!).sort()).toEqual([layout, page].sort());
    expect(entryFiles(manifests.get("/audit")!, { withFallbackBoundaries: true })).toContain(notFound);

    const byRoute = new Map(routeWeights(dir).routes.map((route) => [route.route, route.files]));
    expect(byRoute.get("/audit")).not.toContain(notFound);
    expect(byRoute.get("/audit")).not.toContain(forbidden);
    expect(byRoute.get("/_not-found")).toContain(notFound);
  });
});
