import { diagnoseUser } from "@/lib/domain/diagnosis";
import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import { loadDiagnoseInput } from "@/scripts/cli/diagnose-input";
import { formatFindings } from "@/scripts/cli/format-findings";
import { formatVerdict } from "@/scripts/cli/format-verdict";
import { loadSettings, type TextSources } from "@/scripts/cli/load-settings";
import { parseCliArgs, type OutputFormat } from "@/scripts/cli/parse-args";
import { USAGE } from "@/scripts/cli/usage";

export const EXIT_SUPPORTED = 0;
export const EXIT_UNSUPPORTED = 1;
export const EXIT_INVALID = 2;
/** `diagnose` exits 0 on any valid input, whatever it finds. */
export const EXIT_DIAGNOSED = 0;

export type CliIo = TextSources & {
  stdout(text: string): void;
  stderr(text: string): void;
};

function reportErrors(io: CliIo, errors: readonly string[]): number {
  io.stderr(errors.map((error) => `error: ${error}\n`).join(""));
  return EXIT_INVALID;
}

async function check(source: string, format: OutputFormat, io: CliIo): Promise<number> {
  const loaded = await loadSettings(source, io);
  if (!loaded.ok) return reportErrors(io, loaded.errors);
  const evaluation = evaluate(loaded.input);
  io.stdout(format === "json" ? `${JSON.stringify(evaluation, null, 2)}\n` : `${formatVerdict(evaluation)}\n`);
  return evaluation.richPushSupported ? EXIT_SUPPORTED : EXIT_UNSUPPORTED;
}

/** The same pure diagnosis the helpdesk API runs (diagnoseUser), on data handed in as JSON. */
async function diagnose(source: string, format: OutputFormat, io: CliIo): Promise<number> {
  const loaded = await loadDiagnoseInput(source, io);
  if (!loaded.ok) return reportErrors(io, loaded.errors);
  const findings = diagnoseUser(loaded.input);
  io.stdout(format === "json" ? `${JSON.stringify({ findings }, null, 2)}\n` : `${formatFindings(findings)}\n`);
  return EXIT_DIAGNOSED;
}

/** Runs one CLI invocation and returns its exit status; all I/O goes through `io`. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === "help") {
    io.stdout(USAGE);
    return EXIT_SUPPORTED;
  }
  if (command.kind === "usage-error") {
    io.stderr(`error: ${command.message}\n\n${USAGE}`);
    return EXIT_INVALID;
  }
  return command.kind === "check" ? check(command.source, command.format, io) : diagnose(command.source, command.format, io);
}
