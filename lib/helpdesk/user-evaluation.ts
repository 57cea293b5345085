/** The per-user and per-device verdicts live in the domain, so the simulator gives the same answer. */
export { evaluateForDevice, evaluateForUser, userDeviceFacts } from "@/lib/domain/prerequisites/device-verdict";
