/** One key factory per resource, so invalidation always hits every view of it. */
export const queryKeys = {
  accounts: { all: ["accounts"] as const },
  ownMfa: ["session", "mfa"] as const,
  audit: { list: (filters: Record<string, string>) => ["audit", filters] as const, all: ["audit"] as const },
  tokens: { all: ["tokens"] as const },
  alerts: { all: ["alerts"] as const, rules: ["alerts", "rules"] as const, list: (state: string) => ["alerts", "list", state] as const },
  apiKeys: { all: ["api-keys"] as const },
  alertChannels: { all: ["alert-channels"] as const, deliveries: (id: string) => ["alert-channels", id, "deliveries"] as const },
  groups: {
    all: ["groups"] as const,
    detail: (id: string) => ["groups", id] as const,
    revisions: (id: string) => ["groups", id, "revisions"] as const,
    probes: (id: string) => ["groups", id, "probes"] as const,
    /** Under `probes`: a finished test refreshes the scheduled list too. */
    scheduledProbes: (id: string) => ["groups", id, "probes", "scheduled"] as const,
    probeSchedule: (id: string) => ["groups", id, "probe-schedule"] as const,
  },
  users: {
    search: (query: string) => ["users", "search", query] as const,
    detail: (id: string) => ["users", id] as const,
    events: (id: string, filters: Record<string, string>) => ["users", id, "events", filters] as const,
    diagnosis: (id: string) => ["users", id, "diagnosis"] as const,
  },
};
