import { inject } from "vitest";

// Every integration test file talks to the database global-setup prepared.
process.env.DATABASE_URL = inject("databaseUrl");
// The embedded server runs one session for all its connections: one connection at a time.
process.env.DATABASE_POOL_MAX ??= inject("embeddedDatabase") ? "1" : "5";
process.env.LOG_LEVEL ??= "silent";
process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";
