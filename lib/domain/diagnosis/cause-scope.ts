import type { CauseCode } from "@/lib/domain/outcomes";

/**
 * Which causes can be group-wide (DESIGN.md §2.3): those that live in the servers or the policy.
 * The rest are one device's state (restart before unlock, credentials not updated in the app):
 * however many devices show them at once, they are never a group burst and never "a server
 * problem".
 */
export const GROUP_WIDE_CAUSES = [
  "gateway_socks5_failed",
  "gateway_unreachable",
  "gateway_tls_failed",
  "exchange_tls_failed",
  "ews_parse_error",
  "ews_timeout",
  "ews_no_response",
  "unexpected_ews_response",
  "channel_failed",
] as const satisfies readonly CauseCode[];

export const DEVICE_STATE_CAUSES = ["container_locked", "credentials_unavailable", "credentials_stale"] as const satisfies readonly CauseCode[];

const GROUP_WIDE: ReadonlySet<CauseCode> = new Set(GROUP_WIDE_CAUSES);

export function isGroupWideCause(cause: CauseCode): boolean {
  return GROUP_WIDE.has(cause);
}
