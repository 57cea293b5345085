export const USAGE = `Usage: npm run --silent cli -- check <file|-> [--format table|json]

Checks one group's settings (optionally with one user's device facts) against the
rich push prerequisites of Secure Mail for iOS.

  <file>           a JSON file holding one settings object
  -                read the settings object from standard input
  --format table   readable verdict table (default)
  --format json    the evaluation as JSON, nothing else
  -h, --help       show this help

Settings fields:
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

Unknown fields are rejected, so a misspelt optional field cannot silently turn a check
into "unknown".

Exit status: 0 rich push supported, 1 not supported, 2 invalid input or usage.
`;
