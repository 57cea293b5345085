/** Where the CLI reads its one JSON object from: a file, or standard input for `-`. */
export type TextSources = {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
};

export type ReadResult = { ok: true; raw: unknown } | { ok: false; errors: string[] };

/** Reads and JSON-parses the source; the errors say which source and why. */
export async function readJson(source: string, sources: TextSources): Promise<ReadResult> {
  const name = source === "-" ? "standard input" : `"${source}"`;
  let text: string;
  try {
    text = source === "-" ? await sources.readStdin() : await sources.readFile(source);
  } catch (error) {
    return { ok: false, errors: [`cannot read ${name}: ${reason(error)}`] };
  }
  return parseJson(text, name);
}

export function parseJson(text: string, name = "input"): ReadResult {
  try {
    return { ok: true, raw: JSON.parse(text) };
  } catch (error) {
    return { ok: false, errors: [`${name} is not valid JSON: ${reason(error)}`] };
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
