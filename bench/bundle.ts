import { existsSync } from "node:fs";
import { join } from "node:path";
import { routeWeights } from "@/bench/support-bundle/first-load";

// `npm run bench:bundle`: each page's first-load JavaScript (gzip) from the production build in
// .next, beside the framework's own floor (what every page loads anyway). Routes over the
// budget are flagged and the command exits 1, so a build that makes a page heavy is noticed.

const BUDGET_KB = 170;
const nextDir = join(process.cwd(), ".next");
if (!existsSync(join(nextDir, "build-manifest.json"))) {
  console.error("No production build in .next: run `npm run build` first.");
  process.exit(2);
}

const kb = (bytes: number) => bytes / 1000;
const { floor, routes } = routeWeights(nextDir);
const rows = routes.map((route) => ({
  route: route.route,
  firstLoad: kb(route.gzipBytes),
  overFloor: kb(route.gzipBytes - floor.gzipBytes),
  ratio: route.gzipBytes / floor.gzipBytes,
  over: kb(route.gzipBytes) > BUDGET_KB,
}));

const width = Math.max(...rows.map((row) => row.route.length), 12);
console.log(`first-load JS, gzip, from ${nextDir} (budget ${BUDGET_KB} kB)`);
console.log(`${"route".padEnd(width)}  first load   framework  over floor  × floor`);
for (const row of rows) {
  console.log(
    `${row.route.padEnd(width)}  ${row.firstLoad.toFixed(1).padStart(7)} kB  ${kb(floor.gzipBytes).toFixed(1).padStart(7)} kB  ${`+${row.overFloor.toFixed(1)}`.padStart(7)} kB  ${row.ratio.toFixed(2).padStart(6)}${row.over ? "  OVER BUDGET" : ""}`,
  );
}
const over = rows.filter((row) => row.over);
console.log(over.length === 0 ? `every route within ${BUDGET_KB} kB` : `${over.length} route(s) over ${BUDGET_KB} kB: ${over.map((row) => row.route).join(", ")}`);
process.exit(over.length === 0 ? 0 : 1);
