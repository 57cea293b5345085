import { AppError } from "@/lib/errors/app-error";

export type BodyRules = {
  /** A required body that is missing or blank is a 400; an optional one reads as `undefined`. */
  required: boolean;
  maxBytes: number;
  /** Appended to the 413 message, e.g. "send fewer events per request". */
  tooLargeHint?: string;
};

/**
 * The one JSON body reader of the API. A declared Content-Length over the limit is refused before
 * anything is read; the bytes actually received are counted as well, since the header may be
 * missing (chunked uploads) or wrong. A body must be sent as application/json (415 otherwise: a
 * cross-site form cannot send that type without a preflight). Malformed JSON or UTF-8 is a 400.
 */
export async function readJsonBody(req: Request, rules: BodyRules): Promise<unknown> {
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > rules.maxBytes) throw tooLarge(rules);
  const contentType = req.headers.get("content-type");
  if (contentType !== null && !isJsonContentType(contentType)) throw unsupportedType(contentType);

  const bytes = await readAtMost(req, rules.maxBytes, rules);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("bad_request", "The request body is not valid UTF-8.");
  }
  if (!text.trim()) {
    if (rules.required) throw new AppError("bad_request", "The request body is empty; a JSON object was expected.");
    return undefined;
  }
  if (contentType === null) throw unsupportedType(null);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("bad_request", `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(value: string): boolean {
  return value.split(";")[0]!.trim().toLowerCase() === "application/json";
}

async function readAtMost(req: Request, maxBytes: number, rules: BodyRules): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Stop reading at once: the rest of an oversized body is never buffered.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(rules);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge({ maxBytes, tooLargeHint }: BodyRules): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes${tooLargeHint ? `; ${tooLargeHint}` : ""}.`);
}

function unsupportedType(contentType: string | null): AppError {
  const sent = contentType === null ? "no Content-Type" : `Content-Type ${contentType}`;
  return new AppError("unsupported_media_type", `The request body must be JSON sent as Content-Type: application/json (got ${sent}).`);
}
