// The fault test starts its own PostgreSQL and sets DATABASE_URL itself, before it loads any app
// module that reads the environment. The rest is fixed here.
process.env.LOG_LEVEL ??= "silent";
process.env.AUTH_SECRET ??= "fault-test-secret-fault-test-secret-fault-test";
process.env.DATABASE_POOL_MAX ??= "5";
// The load is far above the default per-token budget; the limit is not what is under test.
process.env.INGEST_RATE_LIMIT_PER_MINUTE ??= "1000000";
