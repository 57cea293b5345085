import { env, EnvError } from "@/lib/env";

// Imported once at server start (instrumentation.ts): a bad configuration stops the process here.
try {
  env();
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
