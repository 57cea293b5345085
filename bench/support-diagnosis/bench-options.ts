/** Flags of `npm run bench:diagnosis`. */
export type DiagnosisBenchOptions = {
  users: number;
  /** Days of events, ending now; the diagnosis reads the last 7. */
  days: number;
  seed: number;
  /** Mismatches to print. */
  examples: number;
};

const DEFAULTS: DiagnosisBenchOptions = { users: 10_000, days: 7, seed: 1, examples: 12 };

export const USAGE = `Usage: npm run bench:diagnosis -- [--users N] [--days N] [--seed N] [--examples N]
  --users     simulated directory users, in the demo groups' settings (default 10,000)
  --days      days of events ending now (default 7)
  --seed      simulation seed (default 1)
  --examples  mismatches to print (default 12)`;

function count(flag: string, text: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text?.replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${flag} must be a whole number from ${min} to ${max}, got ${text ?? "nothing"}\n${USAGE}`);
  return value;
}

/** Null when help was asked for. */
export function parseDiagnosisBenchOptions(argv: readonly string[]): DiagnosisBenchOptions | null {
  const options = { ...DEFAULTS };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index]!;
    const next = () => argv[++index];
    if (flag === "--users") options.users = count(flag, next(), 1, 1_000_000);
    else if (flag === "--days") options.days = count(flag, next(), 1, 366);
    else if (flag === "--seed") options.seed = count(flag, next(), 0, 2 ** 32 - 1);
    else if (flag === "--examples") options.examples = count(flag, next(), 0, 1_000);
    else if (flag === "--help") return null;
    else throw new Error(`Unknown flag ${flag}\n${USAGE}`);
  }
  return options;
}
