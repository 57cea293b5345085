import { accountsContract } from "@/lib/accounts/contract";
import { affectedUsersContract } from "@/lib/affected-users/contract";
import { alertsContract } from "@/lib/alerts/contract";
import { apiKeysContract } from "@/lib/api-keys/contract";
import { alertChannelsContract } from "@/lib/alerts/channels/contract";
import { auditContract } from "@/lib/audit/contract";
import { mfaContract } from "@/lib/auth/mfa-contract";
import { passwordContract } from "@/lib/auth/password-contract";
import { sessionContract } from "@/lib/auth/contract";
import type { Endpoint } from "@/lib/contract/endpoint";
import { healthContract } from "@/lib/health/contract";
import { helpdeskContract } from "@/lib/helpdesk/contract";
import { ingestContract } from "@/lib/ingest/contract";
import { policiesContract } from "@/lib/policies/contract";
import { probesContract } from "@/lib/probe-runs/contract";
import { probeScheduleContract } from "@/lib/probe-schedule/contract";
import { tokensContract } from "@/lib/tokens/contract";
import { openApiContract } from "./contract";

/**
 * Every endpoint of the API, from each area's contract. The document is generated from this list
 * and a test checks that every method exported by app/api/**\/route.ts is in it.
 */
export const ALL_ENDPOINTS: readonly Endpoint[] = [
  healthContract,
  sessionContract,
  mfaContract,
  passwordContract,
  accountsContract,
  auditContract,
  tokensContract,
  apiKeysContract,
  policiesContract,
  probesContract,
  probeScheduleContract,
  ingestContract,
  helpdeskContract,
  affectedUsersContract,
  alertsContract,
  alertChannelsContract,
  openApiContract,
].flatMap((contract) => Object.values(contract) as Endpoint[]);

export const TAGS = [
  { name: "operations", description: "Health and this document" },
  { name: "auth", description: "Signing in and out with the session cookie, and the account's own second factor (TOTP)" },
  { name: "accounts", description: "Console accounts and their roles (admins only)" },
  { name: "audit", description: "The append-only audit log" },
  { name: "tokens", description: "Ingestion tokens for devices and the directory" },
  { name: "api-keys", description: "API keys for integrations calling this API (Bearer rpck_…), scoped to permissions (admins only)" },
  { name: "policies", description: "Delivery groups, their versioned settings, revisions, import/export and the prerequisite checker" },
  { name: "probes", description: "Live connectivity tests of the hosts in a group's settings" },
  { name: "ingest", description: "Telemetry ingestion: device snapshots, notification events and directory sync (Bearer token)" },
  { name: "helpdesk", description: "Directory search, a user's overview, timeline and diagnosis" },
  { name: "alerts", description: "Alert rules (admins), alerts with their state, evidence and history; alert channels (webhooks, email), their tests and delivery logs (admins only); the alertNotice webhook is what a webhook channel receives" },
];
