export { deviceWarnings, DEVICE_REFERENCES } from "./device-warnings";
export { summarizeEvents } from "./event-summary";
export { diagnose } from "./diagnose";
export { lockScreenPreview } from "./lock-screen-preview";
export { rankFindings, PRIORITY, type PriorityName } from "./ranking";
export { formatClock } from "./time";
export * from "./types";
