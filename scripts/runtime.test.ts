import { describe, expect, it } from "vitest";
import packageJson from "../package.json" with { type: "json" };

// The project runs on Node 24 LTS: the `node` devDependency puts it first on the PATH of every
// `npm run` script, so tests, CI, benchmarks and `npm start` use it even where the machine ships
// an older Node. This fails if a script ever runs on the machine's own Node instead.
describe("runtime", () => {
  it("runs on the Node pinned in package.json", () => {
    const pinned = packageJson.devDependencies.node;
    expect(process.versions.node).toBe(pinned);
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(24);
  });
});
