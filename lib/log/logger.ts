import pino from "pino";
import { logLevel } from "@/lib/env";

/** One structured logger. Secrets never reach it: the redact list is a second line of defence. */
export const logger = pino({
  level: logLevel(),
  base: { service: "rich-push-console" },
  redact: {
    paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization", "cookie", "*.cookie"],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;
