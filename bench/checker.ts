import { cpus } from "node:os";
import { baselineTally, groupVerdicts, type GroupTally } from "@/bench/support/group-verdicts";
import { fixed, integer, median, table, timed } from "@/bench/support/measure";
import { generateMembers } from "@/bench/support/members";
import { TYPICAL_GROUP, settingsVariants } from "@/bench/support/settings-variants";
import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import type { EvaluationInput } from "@/lib/domain/settings";

// `npm run bench:checker`: how fast the prerequisite engine is, alone and across a large group.
// Figures only, no thresholds: they depend on the machine.

const VARIANTS = 256;
const MEMBERS = 100_000;
const THROUGHPUT_MS = 3_000;
const ROUNDS = 7;

/** Evaluations per second over varied settings, after a warm-up that lets the JIT settle. */
function throughput(variants: readonly EvaluationInput[]): { perSecond: number; evaluations: number; supportedShare: number } {
  let supported = 0;
  const sweep = () => {
    for (const input of variants) if (evaluate(input).richPushSupported) supported++;
  };
  for (let i = 0; i < 2_000; i++) sweep();

  let evaluations = 0;
  const start = performance.now();
  while (performance.now() - start < THROUGHPUT_MS) {
    for (let i = 0; i < 100; i++) sweep();
    evaluations += 100 * variants.length;
  }
  const seconds = (performance.now() - start) / 1000;
  // Reported, which also keeps the verdicts observable so the loop cannot be optimised away.
  const supportedShare = supported / (evaluations + 2_000 * variants.length);
  return { perSecond: evaluations / seconds, evaluations, supportedShare };
}

/** Median time of the engine and of the baseline loop, alternating rounds so both see the same conditions. */
function groupRounds(members: ReturnType<typeof generateMembers>) {
  groupVerdicts(TYPICAL_GROUP, members);
  baselineTally(members);
  const engine: number[] = [];
  const baseline: number[] = [];
  let verdicts: GroupTally | undefined;
  for (let round = 0; round < ROUNDS; round++) {
    const run = timed(() => groupVerdicts(TYPICAL_GROUP, members));
    engine.push(run.ms);
    verdicts = run.value;
    baseline.push(timed(() => baselineTally(members)).ms);
  }
  return { engine, baseline, verdicts: verdicts! };
}

function main() {
  console.log(`Prerequisite checker benchmark (Node ${process.version}, ${cpus().length} CPUs, ${cpus()[0]?.model ?? "unknown CPU"})\n`);

  const variants = settingsVariants(VARIANTS);
  const speed = throughput(variants);
  console.log(
    `(a) Engine throughput over ${VARIANTS} varied settings, ${fixed(speed.supportedShare * 100, 0)}% of them supported (${integer(speed.evaluations)} evaluations after warm-up)`,
  );
  console.log(
    table([
      ["evaluations / second", integer(speed.perSecond)],
      ["time / evaluation", `${fixed(1e6 / speed.perSecond, 2)} µs`],
    ]),
  );

  const members = generateMembers(MEMBERS);
  const { engine, baseline, verdicts } = groupRounds(members);
  const engineMs = median(engine);
  const baselineMs = median(baseline);
  console.log(
    `\n(b) Verdicts for a group of ${integer(MEMBERS)} members, ${integer(verdicts.devices)} devices (median of ${ROUNDS} rounds)`,
  );
  console.log(
    table([
      ["", "median", "min", "per member"],
      ["evaluate() per device", `${fixed(engineMs)} ms`, `${fixed(Math.min(...engine))} ms`, `${fixed((engineMs * 1000) / MEMBERS, 2)} µs`],
      ["baseline loop", `${fixed(baselineMs)} ms`, `${fixed(Math.min(...baseline))} ms`, `${fixed((baselineMs * 1000) / MEMBERS, 3)} µs`],
      ["ratio engine / baseline", `${fixed(engineMs / baselineMs)}×`, "", ""],
    ]),
  );
  console.log(
    `  members with rich push on all devices ${integer(verdicts.allDevices)}, on some ${integer(verdicts.someDevices)}, on none ${integer(verdicts.noDevice)}`,
  );

  console.log(`\nPeak RSS: ${fixed(process.resourceUsage().maxRSS / 1024)} MB`);
}

main();
