/** Flags of `npm run bench:helpdesk`; every size can be made smaller for a quick run. */
export type BenchOptions = {
  users: number;
  events: number;
  /** Search queries to time (spread over prefix, substring, typo and whole-address kinds). */
  queries: number;
  /** Random users whose page data is timed. */
  pages: number;
  /** Server to create the throw-away database on. */
  serverUrl: string;
  /** Keep the database afterwards, to look at plans by hand. */
  keep: boolean;
  /** Measure a database kept by an earlier run instead of loading a new one. */
  database: string | null;
};

const DEFAULTS: BenchOptions = {
  users: 1_000_000,
  events: 10_000_000,
  queries: 400,
  pages: 200,
  serverUrl: "postgresql://postgres@127.0.0.1:5432/postgres",
  keep: false,
  database: null,
};

export const USAGE = `Usage: npm run bench:helpdesk -- [--users N] [--events N] [--queries N] [--pages N] [--server URL] [--keep]
  --users    directory users to load (default 1,000,000)
  --events   notification events to load (default 10,000,000)
  --queries  search queries to time (default 400)
  --pages    users whose page data to time (default 200)
  --server   PostgreSQL server URL; a fresh database is created beside it and dropped after
  --keep     keep the database afterwards
  --database measure a database kept by an earlier run (postgresql:// URL) instead of loading one`;

function count(flag: string, text: string | undefined, min: number): number {
  const value = Number(text?.replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value < min) throw new Error(`${flag} must be a whole number ≥ ${min}, got ${text ?? "nothing"}`);
  return value;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const options = { ...DEFAULTS };
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index]!;
    const next = () => argv[++index];
    if (flag === "--users") options.users = count(flag, next(), 100);
    else if (flag === "--events") options.events = count(flag, next(), 0);
    else if (flag === "--queries") options.queries = count(flag, next(), 4);
    else if (flag === "--pages") options.pages = count(flag, next(), 1);
    else if (flag === "--server") options.serverUrl = next() ?? "";
    else if (flag === "--keep") options.keep = true;
    else if (flag === "--database") options.database = next() ?? "";
    else throw new Error(`Unknown flag ${flag}\n${USAGE}`);
  }
  for (const [flag, url] of [["--server", options.serverUrl], ["--database", options.database ?? "postgresql://"]] as const) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error(`${flag} must be a postgresql:// URL\n${USAGE}`);
  }
  return options;
}
