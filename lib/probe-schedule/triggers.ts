/** Who started a probe run: a person through the API, or the schedule (ProbeRun.trigger). */
export const PROBE_RUN_TRIGGERS = ["manual", "scheduled"] as const;
export type ProbeRunTrigger = (typeof PROBE_RUN_TRIGGERS)[number];
export const SCHEDULED_TRIGGER: ProbeRunTrigger = "scheduled";
