import { readFile } from "node:fs/promises";
import { text } from "node:stream/consumers";
import { runCli } from "@/scripts/cli/run-cli";

// `npm run --silent cli -- check <file|->`: see scripts/cli/usage.ts.
process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, "utf8"),
  readStdin: () => text(process.stdin),
  stdout: (output) => process.stdout.write(output),
  stderr: (output) => process.stderr.write(output),
});
