import type { Authentication, LockScreenPolicy, NetworkAccess, PushRegion } from "@/lib/domain/settings";

/** Policy values as the Endpoint Management console names them, for check details. */
export const NETWORK_ACCESS_LABELS: Record<NetworkAccess, string> = {
  unrestricted: "Unrestricted",
  tunnel_to_internal_network: "Tunnel to internal network",
  blocked: "Blocked",
};

export const LOCK_SCREEN_LABELS: Record<LockScreenPolicy, string> = {
  allow: "Allow",
  email_sender_or_event_title: "Email sender or event title",
  count_only: "Count only",
  block: "Block",
};

export const AUTHENTICATION_LABELS: Record<Authentication, string> = {
  password: "Password-based",
  client_certificate: "Client certificate",
  modern_auth_o365: "Modern authentication with Microsoft Office 365",
};

export const PUSH_REGION_LABELS: Record<PushRegion, string> = {
  americas: "Americas",
  emea: "EMEA",
  apac: "APAC",
};
