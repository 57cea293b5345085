import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = { "@": root, "server-only": `${root}test/support/server-only-stub.ts` };

// Four projects: fast pure unit tests; integration tests that need a real database (PGlite by
// default, PostgreSQL when TEST_DATABASE_URL is set; see test/global-setup.ts); the fault
// test (`npm run test:fault`, run by .ci/run), which starts, kills and restarts its own PostgreSQL;
// and the two-instance test, which starts two production servers (scripts/test-all.sh, after the build).
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["{lib,components,app,scripts,bench}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["{lib,app,scripts,bench}/**/*.integration.test.ts", "test/**/*.integration.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup-env.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Two `next start` processes of the production build on one PostgreSQL: run after
          // `next build` (scripts/test-all.sh), never with the integration tests.
          name: "instances",
          include: ["test/instances/**/*.instances.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 200_000,
          hookTimeout: 150_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "fault",
          include: ["test/fault/**/*.fault.test.ts"],
          setupFiles: ["test/fault/setup-env.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
