import type pg from "pg";
import { PUSH_REGISTRATION_HOSTS } from "@/lib/domain/push-registration-hosts";
import { FIRST_NAMES, LAST_NAMES } from "@/lib/simulator/names";
import { TRAIT_RATES } from "@/lib/simulator/fleet";
import { eventTemplates } from "./event-templates";

/**
 * Bulk data for the benchmark, generated inside PostgreSQL (INSERT … SELECT over generate_series),
 * never row by row from Node. User i has the id below, its first device is `dev-<i>` and its
 * group is number i % GROUPS, so events can name all three without a join.
 */

export const GROUPS = 20;
const EVENT_CHUNK = 1_000_000;
const MODELS = ["iPhone 13", "iPhone 14", "iPhone 15", "iPhone 15 Pro", "iPhone 16", "iPad Air (M2)"];

/** The id of user number `i` (a SQL expression). */
export const userIdSql = (i: string) => `('00000000-0000-4000-8000-' || lpad(to_hex(${i}), 12, '0'))::uuid`;

/** Joined once per statement: group `g` (0-based) is `groups.ids[1 + g]`, the g-th by name. */
const GROUP_IDS = "CROSS JOIN (SELECT array_agg(id ORDER BY name) AS ids FROM delivery_group) AS groups";
const groupIdSql = (g: string) => `groups.ids[1 + (${g})]`;

export async function loadGroups(client: pg.Client): Promise<void> {
  await client.query(`
    WITH created AS (
      INSERT INTO delivery_group (id, name, description)
      SELECT gen_random_uuid(), 'Group ' || lpad(g::text, 2, '0'), 'Benchmark group' FROM generate_series(1, ${GROUPS}) AS g
      RETURNING id, name
    )
    INSERT INTO group_settings (
      "groupId", "pushNotifications", "networkAccess", "backgroundNetworkServices", gateway, "ewsHost", "activeSyncHost",
      "lockScreenNotifications", authentication, "intuneManaged", "acceptAllSslCertificates", "pushRegion")
    SELECT id, true, 'tunnel_to_internal_network', ARRAY['mail.corp.example:443', '${PUSH_REGISTRATION_HOSTS.emea}'],
      'gw.corp.example:443', 'mail.corp.example', 'mail.corp.example',
      CASE WHEN name = 'Group 04' THEN 'count_only' ELSE 'allow' END,
      CASE WHEN name = 'Group 02' THEN 'modern_auth_o365' ELSE 'password' END,
      name = 'Group 03', false, 'emea'
    FROM created`);
}

/**
 * Users named from the simulator's name lists; namesakes get a number, as directories do
 * (ada.lovelace2). They land on disk in name order, as a directory sync may send them, so the
 * search is measured where a plan that relies on matches being spread out does worst.
 */
export async function loadUsers(client: pg.Client, users: number): Promise<void> {
  await client.query(
    `
    WITH named AS (
      SELECT i, first, last, lower(regexp_replace(first, '[^A-Za-z-]', '', 'g')) || '.' || lower(regexp_replace(last, '[^A-Za-z-]', '', 'g')) AS base
      FROM (
        SELECT i, ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int] AS first,
                  ($2::text[])[1 + floor(random() * cardinality($2::text[]))::int] AS last
        FROM generate_series(1, $3::int) AS i
      ) AS drawn
    ), numbered AS (
      SELECT *, row_number() OVER (PARTITION BY base ORDER BY i) AS n FROM named
    )
    INSERT INTO directory_user (id, upn, "displayName", email, "groupId")
    SELECT ${userIdSql("i")}, address, first || ' ' || last, address, ${groupIdSql(`i % ${GROUPS}`)}
    FROM (SELECT *, base || CASE WHEN n = 1 THEN '' ELSE n::text END || '@corp.example' AS address FROM numbered) AS addressed
    ${GROUP_IDS}`,
    [FIRST_NAMES, LAST_NAMES, users],
  );
}

/** One device per user, a second one for three in ten; device facts at the simulator's rates. */
export async function loadDevices(client: pg.Client, users: number): Promise<void> {
  const rate = TRAIT_RATES;
  await client.query(
    `
    INSERT INTO device (id, "userId", model, "iosVersion", "appVersion", "derivedCredentials", "mailNotificationsEnabled",
                        "iosNotificationsAllowed", "backgroundAppRefresh", "lowPowerMode", "observedAt", "lastSeenAt")
    SELECT 'dev-' || i || CASE WHEN slot = 2 THEN '-2' ELSE '' END, ${userIdSql("i")},
      ($1::text[])[1 + floor(random() * cardinality($1::text[]))::int], '18.4.1', '24.9.0',
      random() < ${rate.derivedCredentials}, random() >= ${rate.mailNotificationsOff}, random() >= ${rate.iosNotificationsDenied},
      random() >= ${rate.backgroundAppRefreshOff}, random() < ${rate.lowPowerMode},
      now() - random() * interval '2 days', now() - random() * interval '2 days'
    FROM generate_series(1, $2::int) AS i CROSS JOIN generate_series(1, 2) AS slot
    WHERE slot = 1 OR i % 10 < 3`,
    [MODELS, users],
  );
}

/**
 * `events` notifications over the last 30 days, in chunks so progress shows, with outcomes and
 * causes at plausible rates; plus an Exchange certificate incident in the first group over the
 * last three hours (1% of the events), so diagnoses have a group burst to find. Times are in
 * random order on disk, which spreads a day's events further than ingestion would.
 */
export async function loadEvents(client: pg.Client, users: number, events: number, progress: (done: number) => void): Promise<void> {
  const templates = eventTemplates();
  const values = templates.map((_, index) => `($${index * 6 + 1}::float8, $${index * 6 + 2}::float8, $${index * 6 + 3}, $${index * 6 + 4}, $${index * 6 + 5}, $${index * 6 + 6}::jsonb)`);
  const params = templates.flatMap((t) => [t.from, t.to, t.outcome, t.cause, t.failedStep, JSON.stringify(t.steps)]);
  const insert = (from: number, to: number, window: string, userSql: string, pick: string) => `
    INSERT INTO notification_event (id, "deviceId", "userId", "groupId", "occurredAt", outcome, cause, "failedStep", steps, "badgeCount", "receivedAt")
    SELECT 'e' || n, 'dev-' || u, ${userIdSql("u")}, ${groupIdSql(`u % ${GROUPS}`)}, at, t.outcome, t.cause, t.failed_step, t.steps,
      floor(random() * 30)::int, at + interval '2 seconds'
    FROM (
      SELECT n, ${userSql} AS u, now() - random() * interval '${window}' AS at, ${pick} AS r FROM generate_series(${from}, ${to}) AS n
    ) AS drawn
    JOIN (VALUES ${values.join(", ")}) AS t (lo, hi, outcome, cause, failed_step, steps) ON drawn.r >= t.lo AND drawn.r < t.hi
    ${GROUP_IDS}`;

  for (let from = 1; from <= events; from += EVENT_CHUNK) {
    const to = Math.min(events, from + EVENT_CHUNK - 1);
    await client.query(insert(from, to, "30 days", `1 + floor(random() * ${users})::bigint`, "random()"), params);
    progress(to);
  }
  const burst = Math.floor(events / 100);
  if (burst === 0) return;
  const tls = templates.find((t) => t.cause === "exchange_tls_failed")!;
  // Users of group 0 only: numbers that are multiples of GROUPS.
  const groupZeroUser = `${GROUPS} * (1 + floor(random() * ${Math.max(1, Math.floor(users / GROUPS) - 1)}))::bigint`;
  await client.query(insert(events + 1, events + burst, "3 hours", groupZeroUser, `${(tls.from + tls.to) / 2}`), params);
}
