import { parseArgs } from "node:util";

export type OutputFormat = "table" | "json";

export type CliCommand =
  | { kind: "help" }
  | { kind: "check"; source: string; format: OutputFormat }
  | { kind: "diagnose"; source: string; format: OutputFormat }
  | { kind: "usage-error"; message: string };

const FORMATS: readonly OutputFormat[] = ["table", "json"];
const COMMANDS = { check: "settings file", diagnose: "input file" } as const;
type CommandName = keyof typeof COMMANDS;

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** Reads `check|diagnose <file|-> [--format table|json]` or `--help`; anything else is a usage error. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: { format: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return { kind: "usage-error", message: (error as Error).message };
  }

  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };

  const [command, ...rest] = positionals;
  if (command === undefined) return { kind: "usage-error", message: "missing command: expected check <file|-> or diagnose <file|->" };
  if (!isCommand(command)) return { kind: "usage-error", message: `unknown command "${command}": expected check or diagnose` };
  if (rest.length !== 1) {
    return { kind: "usage-error", message: `${command} takes exactly one ${COMMANDS[command]}, or - for standard input` };
  }

  const format = values.format ?? "table";
  if (!FORMATS.includes(format as OutputFormat)) {
    return { kind: "usage-error", message: `unknown format "${format}": expected table or json` };
  }
  return { kind: command, source: rest[0]!, format: format as OutputFormat };
}
