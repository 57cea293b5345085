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
  "account.create": "Account created",
  "account.update": "Account role changed",
  "account.disable": "Account disabled",
  "account.enable": "Account enabled",
  "account.end_sessions": "Sessions ended",
  "account.sso_provisioned": "Account created by SSO",
  "policy.create": "Group created",
  "policy.update": "Group settings saved",
  "policy.revert": "Group settings reverted",
  "policy.import": "Group imported",
  "directory.search": "Directory searched",
  "directory.user_view": "User viewed",
  "directory.user_events_view": "User's timeline viewed",
  "directory.user_diagnosis_view": "User's diagnosis viewed",
  "directory.group_change": "User moved to another group (directory sync)",
  "probe.run": "Connectivity probe run",
  "token.create": "Ingestion token created",
  "token.revoke": "Ingestion token revoked",
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
