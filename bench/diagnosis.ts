import { cpus } from "node:os";
import { fixed, integer, median, table } from "@/bench/support/measure";
import { parseDiagnosisBenchOptions, USAGE } from "@/bench/support-diagnosis/bench-options";
import { buildDiagnosisInput } from "@/bench/support-diagnosis/diagnosis-input";
import { MatchTally } from "@/bench/support-diagnosis/match-tally";
import { simulateFleet, type SimulatedFleet } from "@/bench/support-diagnosis/simulated-fleet";
import { diagnoseUser, type GroupCauseStats } from "@/lib/domain/diagnosis";
import { groupCauseStatsFromEvents } from "@/lib/helpdesk/group-cause-stats-from-events";

// `npm run bench:diagnosis -- --users 10000`: for a simulated fleet in the demo groups' settings,
// the share of users whose lead finding (diagnose()'s first) is the simulator's planted truth
// (target ≥ 98%), per planted finding, with examples of mismatches; and the time diagnose() takes
// per user as a ratio to building its input in memory, both timed in this run. Figures only, no
// thresholds: the times depend on the machine.

const TARGET_SHARE = 0.98;
const WARM_UP_USERS = 300;
/** Timed passes over all users; the median of each phase is reported (garbage collection lands in either). */
const ROUNDS = 3;

const nowNs = () => process.hrtime.bigint();
const percent = (share: number) => `${fixed(share * 100)}%`;

/** Every user once: build the input, diagnose, compare. The group statistics are built once per group, and count as input building. */
function runDiagnoses(simulated: SimulatedFleet, now: Date, tally: MatchTally | null, users = simulated.fleet.users) {
  let buildNs = 0n;
  let diagnoseNs = 0n;
  const statsStart = nowNs();
  const stats = new Map<string, GroupCauseStats>();
  for (const [group, events] of simulated.groupDayEvents) stats.set(group, groupCauseStatsFromEvents(events, now));
  buildNs += nowNs() - statsStart;

  for (const user of users) {
    const started = nowNs();
    const input = buildDiagnosisInput(
      user,
      simulated.settingsByGroup[user.group]!,
      simulated.devicesByUser.get(user.upn) ?? [],
      simulated.rowsByUser.get(user.upn) ?? [],
      stats.get(user.group)!,
      now,
    );
    const built = nowNs();
    const findings = diagnoseUser(input);
    diagnoseNs += nowNs() - built;
    buildNs += built - started;
    tally?.add(user.upn, simulated.truth.get(user.upn)!, findings[0]);
  }
  return { buildMs: Number(buildNs) / 1e6, diagnoseMs: Number(diagnoseNs) / 1e6 };
}

function main() {
  let options;
  try {
    options = parseDiagnosisBenchOptions(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  if (!options) {
    console.log(USAGE);
    return;
  }
  console.log(`Diagnosis benchmark (Node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown CPU"})\n`);

  const now = new Date();
  const simulated = simulateFleet(options, now);
  console.log(
    `Simulated ${integer(simulated.fleet.users.length)} users, ${integer(simulated.fleet.devices.length)} devices in the demo groups' settings, ` +
      `${options.days} days (seed ${options.seed}): ${integer(simulated.events)} events and the planted truth in ${fixed(simulated.ms / 1000)} s`,
  );

  // Untimed first pass over a few users, so the JIT has settled before the timed one.
  runDiagnoses(simulated, now, null, simulated.fleet.users.slice(0, WARM_UP_USERS));
  const tally = new MatchTally(options.examples);
  const rounds = Array.from({ length: ROUNDS }, (_, round) => runDiagnoses(simulated, now, round === 0 ? tally : null));
  const buildMs = median(rounds.map((round) => round.buildMs));
  const diagnoseMs = median(rounds.map((round) => round.diagnoseMs));

  const share = tally.matched / tally.total;
  console.log(
    `\nLead finding = planted truth: ${integer(tally.matched)} of ${integer(tally.total)} users, ${percent(share)} ` +
      `(target ≥ ${percent(TARGET_SHARE)}: ${share >= TARGET_SHARE ? "met" : "not met"})`,
  );
  console.log(
    table([
      ["planted finding", "users", "matched", "share", "led with instead, most often"],
      ...tally.rows().map((row) => [row.planted, integer(row.users), integer(row.matched), percent(row.share), row.insteadMostly]),
    ]),
  );

  if (tally.mismatches.length > 0) {
    console.log(`\nExamples of mismatches (up to ${options.examples}, taken in turn per planted finding)`);
    for (const mismatch of tally.mismatches) {
      console.log(`  ${mismatch.user}\n    planted ${mismatch.planted}: ${mismatch.reason}\n    got     ${mismatch.got}: ${mismatch.headline}`);
    }
  }

  const users = simulated.fleet.users.length;
  console.log(`\nTime per user (median of ${ROUNDS} passes over all ${integer(users)} users, after a warm-up of ${WARM_UP_USERS})`);
  console.log(
    table([
      ["", "total", "per user"],
      ["building the input (incl. group statistics)", `${fixed(buildMs)} ms`, `${fixed((buildMs * 1000) / users)} µs`],
      ["diagnose()", `${fixed(diagnoseMs)} ms`, `${fixed((diagnoseMs * 1000) / users)} µs`],
      ["ratio diagnose / building the input", `${fixed(diagnoseMs / buildMs, 2)}×`, ""],
    ]),
  );
  console.log(`\nPeak RSS: ${fixed(process.resourceUsage().maxRSS / 1024)} MB`);
}

main();
