/**
 * Every action the audit log records, with what the log's action filter calls it. Typed by id:
 * recordAudit takes only these, so a new action that is not listed here (and so not offered by
 * the filter) is a type error.
 */
export const AUDIT_ACTIONS = {
  "auth.sign_in": "Signed in",
  "auth.sign_in_failed": "Sign-in failed",
  "auth.sign_in_rate_limited": "Sign-in rate-limited",
  "auth.sign_out": "Signed out",
  "auth.sso_sign_in": "Signed in with SSO",
  "auth.sso_refused": "SSO sign-in refused",
  "auth.sign_in_code_requested": "Sign-in asked for the second factor",
  "auth.mfa_enrolment_started": "Second factor enrolment started",
  "auth.mfa_enrolled": "Second factor enrolled",
  "auth.mfa_disabled": "Second factor turned off",
  "auth.password_change": "Password changed",
  "account.create": "Account created",
  "account.update": "Account role changed",
  "account.disable": "Account disabled",
  "account.enable": "Account enabled",
  "account.end_sessions": "Sessions ended",
  "account.sso_provisioned": "Account created by SSO",
  "account.mfa_reset": "Second factor reset by an admin",
  "account.password_set": "Password set by an admin",
  "account.export": "Accounts exported (CSV)",
  "policy.create": "Group created",
  "policy.update": "Group settings saved",
  "policy.revert": "Group settings reverted",
  "policy.import": "Group imported",
  "policy.delete": "Group deleted",
  "policy.check_schedule": "Scheduled connectivity check changed",
  "directory.search": "Directory searched",
  "directory.user_view": "User viewed",
  "directory.user_events_view": "User's timeline viewed",
  "directory.user_diagnosis_view": "User's diagnosis viewed",
  "directory.group_change": "User moved to another group (directory sync)",
  "directory.affected_users_view": "Affected users listed",
  "directory.affected_users_export": "Affected users exported (CSV)",
  "probe.run": "Connectivity probe run",
  "token.create": "Ingestion token created",
  "token.revoke": "Ingestion token revoked",
  "api_key.create": "API key created",
  "api_key.revoke": "API key revoked",
  "alert_rule.create": "Alert rule created",
  "alert_rule.update": "Alert rule changed",
  "alert_rule.delete": "Alert rule deleted",
  "alert_channel.create": "Alert channel created",
  "alert_channel.update": "Alert channel changed",
  "alert_channel.delete": "Alert channel deleted",
  "alert_channel.test": "Alert channel test sent",
  "audit.export": "Audit log exported (CSV)",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** The part before the dot, each with its heading in the pick-list. */
const AREAS = {
  auth: "Sign-in",
  account: "Accounts",
  policy: "Policies",
  directory: "Directory and helpdesk",
  probe: "Probes",
  token: "Ingestion tokens",
  api_key: "API keys",
  alert_rule: "Alert rules",
  alert_channel: "Alert channels",
  audit: "Audit log",
} as const;
type Area = keyof typeof AREAS;

export type AuditActionOption = { value: string; label: string };
export type AuditActionGroup = { label: string; options: AuditActionOption[] };

/**
 * The action filter's pick-list: per area, the whole area first (its prefix, e.g. "policy.", as
 * the list query matches the start of the action), then each action of it.
 */
export function auditActionGroups(): AuditActionGroup[] {
  return (Object.keys(AREAS) as Area[]).map((area) => ({
    label: AREAS[area],
    options: [
      { value: `${area}.`, label: `Any ${AREAS[area].toLowerCase()} action` },
      ...(Object.keys(AUDIT_ACTIONS) as AuditAction[])
        .filter((action) => action.startsWith(`${area}.`))
        .map((action) => ({ value: action, label: AUDIT_ACTIONS[action] })),
    ],
  }));
}
