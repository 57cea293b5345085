import { evaluate } from "@/lib/domain/prerequisites/evaluate";
import { formatVerdict } from "@/scripts/cli/format-verdict";
import { loadSettings, type TextSources } from "@/scripts/cli/load-settings";
import { parseCliArgs } from "@/scripts/cli/parse-args";
import { USAGE } from "@/scripts/cli/usage";

export const EXIT_SUPPORTED = 0;
export const EXIT_UNSUPPORTED = 1;
export const EXIT_INVALID = 2;

export type CliIo = TextSources & {
  stdout(text: string): void;
  stderr(text: string): void;
};

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

  const loaded = await loadSettings(command.source, io);
  if (!loaded.ok) {
    io.stderr(loaded.errors.map((error) => `error: ${error}\n`).join(""));
    return EXIT_INVALID;
  }

  const evaluation = evaluate(loaded.input);
  io.stdout(command.format === "json" ? `${JSON.stringify(evaluation, null, 2)}\n` : `${formatVerdict(evaluation)}\n`);
  return evaluation.richPushSupported ? EXIT_SUPPORTED : EXIT_UNSUPPORTED;
}
