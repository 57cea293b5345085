export const USAGE = `Usage: npm run --silent cli -- check <file|-> [--format table|json]
       npm run --silent cli -- diagnose <file|-> [--format table|json]

check: checks one group's settings (optionally with one user's device facts) against
the rich push prerequisites of Secure Mail for iOS.

diagnose: why one user does (not) get mail notifications, from the group's settings,
the user's devices and recent events and the group's cause statistics; the same
findings the helpdesk shows. No database, no server.

  <file>           a JSON file holding one object
  -                read the object from standard input
  --format table   readable output (default)
  --format json    JSON, nothing else: check prints the evaluation, diagnose
                   prints { "findings": [ … ] }, most likely first
  -h, --help       show this help

check: settings fields
  pushNotifications          boolean
  networkAccess              "unrestricted" | "tunnel_to_internal_network" | "blocked"
  backgroundNetworkServices  array of "host:port"
  ewsHost, activeSyncHost    "host" or "host:port" (port 443 when omitted)
  lockScreenNotifications    "allow" | "email_sender_or_event_title" | "count_only" | "block"
  authentication             "password" | "client_certificate" | "modern_auth_o365"
  intuneManaged              boolean
  optional: pushRegion ("americas" | "emea" | "apac" | null), gateway ("host[:port]" | null),
            acceptAllSslCertificates (boolean),
            mailNotificationsEnabled, derivedCredentials (booleans: one user's device facts;
            when absent those checks are "unknown", to confirm per user)

diagnose: one object
  now        ISO time the diagnosis is made at (clock times in headlines are UTC)
  user       { displayName, groupName }
  settings   the group's settings: the check fields above without the device facts
  devices    [ { id, model, iosVersion, appVersion, derivedCredentials,
                 mailNotificationsEnabled, iosNotificationsAllowed, backgroundAppRefresh,
                 lowPowerMode, lastSeenAt } ]
  events     [ { id, deviceId, occurredAt, outcome ("rich" | "sync" | "generic" | "failure"),
                 cause (code | null), failedStep (step | null), delayMs?, badgeCount? } ]
  group?     { totalEvents, causes: [ { cause, count, affectedUsers, firstSeen, lastSeen,
                                       totalSinceFirstSeen? } ] }
             totalEvents: the group's rich-path notifications in the window (sync ones left out);
             totalSinceFirstSeen: those from the cause's firstSeen to its lastSeen, the base of a
             burst's share when given (as the helpdesk does), else totalEvents is
  Finding ids: rule:<rule id>, device:<code>, device:none, group-burst:<cause>,
               events:<cause>, all-clear.

Unknown fields are rejected, so a misspelt field cannot silently change the answer.

Exit status: check: 0 rich push supported, 1 not supported, 2 invalid input or usage.
             diagnose: 0 on valid input, 2 invalid input or usage.
`;
