import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The behaviour reference (docs/reference/secure-mail-rich-push.txt, a copy of the vendor text the
 * console models), for tests that check what the console quotes from it. Whitespace is collapsed,
 * since the reference wraps bullet points; nothing else is changed, so quotes are compared
 * character for character (the reference writes ’ and “ ”, never ' or ").
 */
export const REFERENCE_TEXT = collapse(
  readFileSync(fileURLToPath(new URL("../../../docs/reference/secure-mail-rich-push.txt", import.meta.url)), "utf8"),
);

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Whether `quote` is taken word for word from the reference. An elided quote ("A … B") passes
 * when each part appears, in order.
 */
export function isQuotedFromReference(quote: string): boolean {
  let from = 0;
  for (const part of collapse(quote).split(" … ")) {
    const at = REFERENCE_TEXT.indexOf(part.trim(), from);
    if (at < 0) return false;
    from = at + part.trim().length;
  }
  return true;
}
